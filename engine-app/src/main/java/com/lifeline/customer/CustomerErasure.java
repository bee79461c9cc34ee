package com.lifeline.customer;

import com.lifeline.contact.ContactMapper;
import com.lifeline.contact.EmergencyContact;
import com.lifeline.crypto.CustomerCrypto;
import com.lifeline.crypto.CustomerCrypto.DataKey;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Deletes every row the store keeps about one customer and destroys its data key, inside the
 * erasure's transaction: the features' {@link ErasureStep}s first, then consents (the trigger allows
 * it only with {@code @lifeline_erasure = 1}), contacts, change log, the key and the customer row.
 */
@Service
public class CustomerErasure {

    private final CustomerErasureMapper mapper;
    private final ContactMapper contacts;
    private final CustomerCrypto crypto;
    private final List<ErasureStep> steps;

    CustomerErasure(CustomerErasureMapper mapper, ContactMapper contacts, CustomerCrypto crypto, List<ErasureStep> steps) {
        this.mapper = mapper;
        this.contacts = contacts;
        this.crypto = crypto;
        this.steps = steps;
    }

    /** Every phone and email of the customer and of all its contacts, also replaced ones: where messages went. */
    public Set<String> addressesOf(Customer customer) {
        Set<String> addresses = new LinkedHashSet<>();
        addIfPresent(addresses, customer.phone());
        addIfPresent(addresses, customer.email());
        DataKey key = crypto.keyOf(customer.id());
        for (EmergencyContact contact : contacts.findAllByCustomer(customer.id())) {
            addIfPresent(addresses, crypto.open(key, "contact.phone", contact.phone()));
            addIfPresent(addresses, crypto.open(key, "contact.email", contact.email()));
        }
        return addresses;
    }

    /** @return rows deleted per category, in the order deleted; the data key last but one, the customer last */
    @Transactional(propagation = Propagation.MANDATORY)
    public Map<String, Integer> erase(long customerId) {
        Map<String, Integer> deleted = new LinkedHashMap<>();
        for (ErasureStep step : steps) {
            deleted.merge(step.category(), step.erase(customerId), Integer::sum);
        }
        mapper.allowConsentDeletion();
        try {
            deleted.put("consents", mapper.deleteConsents(customerId));
        } finally {
            mapper.endConsentDeletion();
        }
        deleted.put("contacts", mapper.deleteContacts(customerId));
        deleted.put("change_log", mapper.deleteChangeLog(customerId));
        crypto.destroyKey(customerId);
        deleted.put("data_key", 1);
        deleted.put("customer", mapper.deleteCustomer(customerId));
        return deleted;
    }

    private static void addIfPresent(Set<String> addresses, String value) {
        if (value != null && !value.isBlank()) {
            addresses.add(value);
        }
    }
}
