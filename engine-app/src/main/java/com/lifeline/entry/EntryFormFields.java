package com.lifeline.entry;

import com.lifeline.entry.EntrySubmission.ConsentPart;
import com.lifeline.entry.EntrySubmission.ContactPart;
import com.lifeline.entry.EntrySubmission.CustomerPart;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The keys of the customer-entry form (forms/customer-entry.form) and their mapping to an
 * {@link EntrySubmission}. These keys carry personal data: they are captured into the entry draft
 * and removed from the engine in the same command, and never written to history.
 */
public final class EntryFormFields {

    private static final String[] CUSTOMER_KEYS = {"kind", "customerName", "customerPhone", "customerEmail", "region",
            "province", "city", "district", "street", "streetNumber", "needs", "firstContactAt", "sourceType",
            "industry", "companySize", "preferences", "historyNotes", "tags"};
    private static final String[] CONTACT_SUFFIXES = {"Name", "Relation", "Phone", "Email", "Wechat", "Scope",
            "Reachable24h", "Informed"};
    private static final String[] CONSENT_KEYS = {"consentService", "consentEmergency", "consentMarketing",
            "consentChannel", "consentEvidence"};
    private static final String[] CONTACT_PREFIXES = {"primary", "backup"};
    private static final Pattern CONTACT_PATH = Pattern.compile("contacts\\[(\\d+)]\\.(\\w+)");

    public static final Set<String> KEYS = allKeys();

    private EntryFormFields() {
    }

    /** True when a submitted form (start or correction) carries entry data. */
    public static boolean present(Map<String, Object> variables) {
        return variables.keySet().stream().anyMatch(KEYS::contains);
    }

    public static EntrySubmission fromVariables(Map<String, Object> v) {
        CustomerPart customer = new CustomerPart(s(v, "kind"), s(v, "customerName"), s(v, "customerPhone"),
                s(v, "customerEmail"), s(v, "region"), s(v, "province"), s(v, "city"), s(v, "district"),
                s(v, "street"), s(v, "streetNumber"), s(v, "needs"), s(v, "firstContactAt"), s(v, "sourceType"),
                s(v, "industry"), s(v, "companySize"), s(v, "preferences"), s(v, "historyNotes"), s(v, "tags"));
        List<ContactPart> contacts = List.of(contact(v, "primary"), contact(v, "backup"));
        ConsentPart consent = new ConsentPart(b(v, "consentService"), b(v, "consentEmergency"),
                b(v, "consentMarketing"), s(v, "consentChannel"), s(v, "consentEvidence"));
        return new EntrySubmission(customer, contacts, consent);
    }

    public static Map<String, Object> toVariables(EntrySubmission submission) {
        Map<String, Object> v = new LinkedHashMap<>();
        CustomerPart c = submission.customer();
        if (c != null) {
            Object[] values = {c.kind(), c.name(), c.phone(), c.email(), c.region(), c.province(), c.city(),
                    c.district(), c.street(), c.streetNumber(), c.needs(), c.firstContactAt(), c.sourceType(),
                    c.industry(), c.companySize(), c.preferences(), c.historyNotes(), c.tags()};
            for (int i = 0; i < CUSTOMER_KEYS.length; i++) {
                putIfPresent(v, CUSTOMER_KEYS[i], values[i]);
            }
        }
        for (int i = 0; i < Math.min(2, submission.contacts().size()); i++) {
            ContactPart p = submission.contacts().get(i);
            if (p == null) {
                continue;
            }
            Object[] values = {p.name(), p.relation(), p.phone(), p.email(), p.wechat(), p.scope(), p.reachable24h(),
                    p.informed()};
            for (int j = 0; j < CONTACT_SUFFIXES.length; j++) {
                putIfPresent(v, CONTACT_PREFIXES[i] + CONTACT_SUFFIXES[j], values[j]);
            }
        }
        ConsentPart consent = submission.consent();
        if (consent != null) {
            Object[] values = {consent.service(), consent.emergency(), consent.marketing(), consent.channel(),
                    consent.evidence()};
            for (int i = 0; i < CONSENT_KEYS.length; i++) {
                putIfPresent(v, CONSENT_KEYS[i], values[i]);
            }
        }
        return v;
    }

    /** The form key that shows a problem found at a REST-style field path, e.g. contacts[1].phone → backupPhone. */
    public static String formKeyOf(String fieldPath) {
        Matcher contact = CONTACT_PATH.matcher(fieldPath);
        if (contact.matches()) {
            int index = Integer.parseInt(contact.group(1));
            String prefix = index == 0 ? "primary" : "backup";
            return prefix + capitalize(contact.group(2));
        }
        if (fieldPath.startsWith("consent.")) {
            return "consent" + capitalize(fieldPath.substring("consent.".length()));
        }
        if (fieldPath.startsWith("customer.")) {
            String field = fieldPath.substring("customer.".length());
            return switch (field) {
                case "name", "phone", "email" -> "customer" + capitalize(field);
                default -> field;
            };
        }
        return "backupName";
    }

    private static ContactPart contact(Map<String, Object> v, String prefix) {
        return new ContactPart(s(v, prefix + "Name"), s(v, prefix + "Relation"), s(v, prefix + "Phone"),
                s(v, prefix + "Email"), s(v, prefix + "Wechat"), s(v, prefix + "Scope"),
                b(v, prefix + "Reachable24h"), b(v, prefix + "Informed"));
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

    private static void putIfPresent(Map<String, Object> v, String key, Object value) {
        if (value != null) {
            v.put(key, value);
        }
    }

    private static String capitalize(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    private static Set<String> allKeys() {
        Set<String> keys = new java.util.HashSet<>(List.of(CUSTOMER_KEYS));
        keys.addAll(List.of(CONSENT_KEYS));
        for (String prefix : CONTACT_PREFIXES) {
            for (String suffix : CONTACT_SUFFIXES) {
                keys.add(prefix + suffix);
            }
        }
        return Set.copyOf(keys);
    }
}
