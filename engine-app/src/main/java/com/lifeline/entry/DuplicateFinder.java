package com.lifeline.entry;

import com.lifeline.customer.CustomerKind;
import com.lifeline.customer.CustomerMapper;
import com.lifeline.customer.DuplicateMatch;
import com.lifeline.crypto.CustomerCrypto;
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
    private final CustomerCrypto crypto;

    DuplicateFinder(CustomerMapper customers, CustomerCrypto crypto) {
        this.customers = customers;
        this.crypto = crypto;
    }

    public Optional<Duplicate> find(ValidEntry entry, Long ownCustomerId, Set<String> confirmedDifferent) {
        ValidEntry.Customer c = entry.customer();
        String companyKey = c.kind() == CustomerKind.COMPANY ? c.nameKey() : null;
        List<CustomerMapper.ContactProbe> contacts = entry.contacts().stream()
                .map(contact -> new CustomerMapper.ContactProbe(contact.nameKey(), crypto.index(contact.phone())))
                .toList();
        List<DuplicateMatch> matches = customers.findDuplicates(companyKey, crypto.index(c.phone()),
                crypto.index(c.email()), contacts, ownCustomerId);
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
