package com.lifeline.change;

import com.lifeline.change.Proposal.ProposedContact;
import com.lifeline.entry.EntrySubmission.ConsentPart;
import com.lifeline.entry.EntrySubmission.ContactPart;
import com.lifeline.entry.EntrySubmission.CustomerPart;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The keys of forms/customer-change.form: the customer's fields and five contact slots (c1…c5, the
 * current contacts in order, then empty ones for new contacts; a new one comes with its consent,
 * {@code c<n>ConsentService} … {@code c<n>ConsentEvidence}, shown only for the empty slots). They carry
 * personal data: moved into the change's draft by the task's listener and never kept in the engine.
 */
final class ChangeFormFields {

    static final int SLOTS = 5;
    static final String VERSION = "recordVersion";
    private static final String[] CUSTOMER_KEYS = {"customerName", "customerPhone", "customerEmail", "province", "city",
            "district", "street", "streetNumber", "needs", "sourceType", "industry", "companySize", "preferences",
            "historyNotes", "tags"};
    private static final String[] CONTACT_SUFFIXES = {"Name", "Relation", "Phone", "Email", "Wechat", "Scope",
            "Reachable24h", "Informed", "Remove"};
    private static final String[] CONSENT_SUFFIXES = {"ConsentService", "ConsentEmergency", "ConsentMarketing",
            "ConsentChannel", "ConsentEvidence"};
    /** How many slots hold current contacts: the form shows the consent fields of the others only. */
    static final String CURRENT_CONTACTS = "currentContacts";

    static final Set<String> KEYS = allKeys();

    private ChangeFormFields() {
    }

    /** The form's values for the record as it is now. */
    static Map<String, Object> values(Proposal now, int version) {
        Map<String, Object> v = new HashMap<>();
        CustomerPart c = now.customer();
        Object[] customer = {c.name(), c.phone(), c.email(), c.province(), c.city(), c.district(), c.street(),
                c.streetNumber(), c.needs(), c.sourceType(), c.industry(), c.companySize(), c.preferences(),
                c.historyNotes(), c.tags()};
        for (int i = 0; i < CUSTOMER_KEYS.length; i++) {
            put(v, CUSTOMER_KEYS[i], customer[i]);
        }
        List<ProposedContact> contacts = now.contacts();
        for (int slot = 1; slot <= Math.min(SLOTS, contacts.size()); slot++) {
            ContactPart p = contacts.get(slot - 1).fields();
            Object[] values = {p.name(), p.relation(), p.phone(), p.email(), p.wechat(), p.scope(), p.reachable24h(),
                    p.informed(), false};
            for (int j = 0; j < CONTACT_SUFFIXES.length; j++) {
                put(v, "c" + slot + CONTACT_SUFFIXES[j], values[j]);
            }
        }
        v.put(VERSION, String.valueOf(version));
        v.put(CURRENT_CONTACTS, contacts.size());
        return v;
    }

    /** The submitted form applied to the record as it is now: slot by slot, empty new slots ignored. */
    static Proposal apply(Proposal now, Map<String, Object> v) {
        Proposal p = now.withCustomer(new CustomerPart(null, s(v, "customerName"), s(v, "customerPhone"),
                s(v, "customerEmail"), null, s(v, "province"), s(v, "city"), s(v, "district"), s(v, "street"),
                s(v, "streetNumber"), s(v, "needs"), null, s(v, "sourceType"), s(v, "industry"), s(v, "companySize"),
                s(v, "preferences"), s(v, "historyNotes"), s(v, "tags")));
        List<ProposedContact> current = now.contacts();
        for (int slot = 1; slot <= SLOTS; slot++) {
            String prefix = "c" + slot;
            ContactPart typed = new ContactPart(s(v, prefix + "Name"), s(v, prefix + "Relation"), s(v, prefix + "Phone"),
                    s(v, prefix + "Email"), s(v, prefix + "Wechat"), s(v, prefix + "Scope"), b(v, prefix + "Reachable24h"),
                    b(v, prefix + "Informed"));
            if (slot <= current.size()) {
                long id = current.get(slot - 1).id();
                p = Boolean.TRUE.equals(b(v, prefix + "Remove")) ? p.withoutContact(id) : p.withContact(id, typed);
            } else if (typed.name() != null && !typed.name().isBlank()) {
                p = p.withNewContact(typed, new ConsentPart(b(v, prefix + "ConsentService"),
                        b(v, prefix + "ConsentEmergency"), b(v, prefix + "ConsentMarketing"),
                        s(v, prefix + "ConsentChannel"), s(v, prefix + "ConsentEvidence")));
            }
        }
        return p;
    }

    static Integer version(Map<String, Object> v) {
        String raw = s(v, VERSION);
        try {
            return raw == null ? null : Integer.valueOf(raw.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static void put(Map<String, Object> v, String key, Object value) {
        if (value != null) {
            v.put(key, value);
        }
    }

    private static String s(Map<String, Object> v, String key) {
        Object value = v.get(key);
        return value == null ? null : value.toString();
    }

    private static Boolean b(Map<String, Object> v, String key) {
        Object value = v.get(key);
        if (value instanceof Boolean bool) {
            return bool;
        }
        return value == null ? null : Boolean.parseBoolean(value.toString());
    }

    private static Set<String> allKeys() {
        Set<String> keys = new HashSet<>(List.of(CUSTOMER_KEYS));
        keys.add(VERSION);
        for (int slot = 1; slot <= SLOTS; slot++) {
            for (String suffix : CONTACT_SUFFIXES) {
                keys.add("c" + slot + suffix);
            }
            for (String suffix : CONSENT_SUFFIXES) {
                keys.add("c" + slot + suffix);
            }
        }
        return Set.copyOf(keys);
    }
}
