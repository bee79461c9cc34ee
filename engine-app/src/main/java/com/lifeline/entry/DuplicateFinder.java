package com.lifeline.entry;

import com.lifeline.customer.CustomerKind;
import com.lifeline.customer.CustomerMapper;
import com.lifeline.customer.DuplicateMatch;
import org.springframework.stereotype.Component;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Looks an entry up by normalised company full name, contact name + mobile, phone and email.
 * Customers the entrant already confirmed as different are not reported again.
 */
@Component
public class DuplicateFinder {

    private final CustomerMapper customers;

    DuplicateFinder(CustomerMapper customers) {
        this.customers = customers;
    }

    public Optional<Duplicate> find(ValidEntry entry, Long ownCustomerId, Set<String> confirmedDifferent) {
        ValidEntry.Customer c = entry.customer();
        String companyKey = c.kind() == CustomerKind.COMPANY ? c.nameKey() : null;
        List<DuplicateMatch> matches = customers.findDuplicates(companyKey, c.phone(), c.email(), entry.contacts(),
                ownCustomerId);
        Map<String, Set<DuplicateMatch.DuplicateRule>> byCustomer = new LinkedHashMap<>();
        for (DuplicateMatch match : matches) {
            if (!confirmedDifferent.contains(match.customerNumber())) {
                byCustomer.computeIfAbsent(match.customerNumber(), k -> new LinkedHashSet<>()).add(match.rule());
            }
        }
        return byCustomer.entrySet().stream().findFirst()
                .map(first -> new Duplicate(first.getKey(), List.copyOf(first.getValue())));
    }

    /** The first existing customer an entry matches, and every rule by which it matches. */
    public record Duplicate(String customerNumber, List<DuplicateMatch.DuplicateRule> rules) {

        public String summary() {
            return "疑似与已有客户 " + customerNumber + " 重复:"
                    + String.join("、", rules.stream().map(DuplicateMatch.DuplicateRule::label).toList()) + "。";
        }
    }
}
