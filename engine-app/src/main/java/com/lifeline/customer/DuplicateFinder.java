package com.lifeline.customer;

import com.lifeline.crypto.CustomerCrypto;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Looks an entry up by normalised company full name, contact name + mobile, phone and email, and
 * tells whether the matching customer is one the entrant may change (own, team's, department's) or
 * belongs to another team. Customers the entrant already confirmed as different are not reported
 * again; matches the entrant may change come first, since the entrant can resolve those alone.
 */
@Component
public class DuplicateFinder {

    private final CustomerMapper customers;
    private final CustomerCrypto crypto;

    DuplicateFinder(CustomerMapper customers, CustomerCrypto crypto) {
        this.customers = customers;
        this.crypto = crypto;
    }

    /**
     * @param entrantScope what the entrant may change ({@link CustomerScope#writable()}): a match outside
     *                     it is reported as {@link Duplicate#otherTeam()}, never with its number
     */
    public Optional<Duplicate> find(CustomerRecord entry, Long ownCustomerId, DifferentFrom different,
                                    CustomerScope entrantScope) {
        return findAll(entry, ownCustomerId, different, entrantScope).stream().findFirst();
    }

    /** Every existing customer the entry matches, those the entrant may change first. */
    public List<Duplicate> findAll(CustomerRecord entry, Long ownCustomerId, DifferentFrom different,
                                   CustomerScope entrantScope) {
        CustomerDetails c = entry.customer();
        String companyKey = c.kind() == CustomerKind.COMPANY ? c.nameKey() : null;
        List<CustomerMapper.ContactProbe> contacts = entry.contacts().stream()
                .map(contact -> new CustomerMapper.ContactProbe(crypto.nameIndex(contact.nameKey()), crypto.index(contact.phone())))
                .toList();
        List<DuplicateMatch> matches = customers.findDuplicates(companyKey, crypto.index(c.phone()),
                crypto.index(c.email()), contacts, ownCustomerId);
        Map<String, Set<DuplicateMatch.DuplicateRule>> byCustomer = new LinkedHashMap<>();
        for (DuplicateMatch match : matches) {
            byCustomer.computeIfAbsent(match.customerNumber(), k -> new LinkedHashSet<>()).add(match.rule());
        }
        List<Duplicate> found = new ArrayList<>();
        byCustomer.forEach((number, rules) -> {
            boolean otherTeam = customers.findByNumberInScope(number, entrantScope.writable()).isEmpty();
            if (!different.covers(number, otherTeam)) {
                found.add(new Duplicate(number, List.copyOf(rules), otherTeam));
            }
        });
        return found.stream().sorted(Comparator.comparing(Duplicate::otherTeam)).toList();
    }

    /**
     * Customers the entrant declared different: by number for those they may see, or all of another
     * team's at once (they never learn those numbers, so they cannot name them).
     */
    public record DifferentFrom(Set<String> numbers, boolean otherTeams) {

        public static final DifferentFrom NONE = new DifferentFrom(Set.of(), false);

        public DifferentFrom {
            numbers = numbers == null ? Set.of() : Set.copyOf(numbers);
        }

        /** A number names only a customer the entrant may see: naming another team's one would be a guess. */
        boolean covers(String customerNumber, boolean otherTeam) {
            return otherTeam ? otherTeams : numbers.contains(customerNumber);
        }
    }

    /**
     * The first existing customer an entry matches and every rule by which it matches. Of another
     * team's customer ({@code otherTeam}) the entrant learns only that it exists: {@link #summary()}
     * and {@link #visibleNumber()} say nothing more.
     */
    public record Duplicate(String customerNumber, List<DuplicateMatch.DuplicateRule> rules, boolean otherTeam) {

        public static final String OTHER_TEAM = "该客户已存在,属于其他团队。";

        public String summary() {
            if (otherTeam) {
                return OTHER_TEAM;
            }
            return "疑似与已有客户 " + customerNumber + " 重复:"
                    + String.join("、", rules.stream().map(DuplicateMatch.DuplicateRule::label).toList()) + "。";
        }

        /** The number the entrant may be shown: null for another team's customer. */
        public String visibleNumber() {
            return otherTeam ? null : customerNumber;
        }
    }
}
