package com.lifeline.change;

import com.lifeline.consent.ConsentPurpose;
import com.lifeline.consent.NewConsent;
import com.lifeline.contact.EmergencyContact;
import com.lifeline.contact.NewContact;
import com.lifeline.customer.Customer;
import com.lifeline.customer.CustomerDetails;
import com.lifeline.customer.CustomerKind;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * Which fields a change touches, field by field, and which of them are key fields (DOMAIN.md: the
 * customer's phone and core need; any contact's name, phone and role; adding or removing a contact).
 * Contact fields are named {@code contact[<id>].<field>} (as the store names them); an added contact {@code contact[new].added}.
 */
final class ChangeDiff {

    private record Field<T>(String name, Function<T, Object> value, boolean sealed, boolean key) {
    }

    private static final List<Field<Customer>> CUSTOMER_NOW = List.of(
            new Field<>("name", Customer::name, true, false),
            new Field<>("phone", Customer::phone, true, true),
            new Field<>("email", Customer::email, true, false),
            new Field<>("province", Customer::province, true, false),
            new Field<>("city", Customer::city, true, false),
            new Field<>("district", Customer::district, true, false),
            new Field<>("street", Customer::street, true, false),
            new Field<>("streetNumber", Customer::streetNumber, true, false),
            new Field<>("needs", Customer::needs, true, true),
            new Field<>("firstContactAt", Customer::firstContactAt, false, false),
            new Field<>("sourceType", Customer::sourceType, false, false),
            new Field<>("industry", Customer::industry, false, false),
            new Field<>("companySize", Customer::companySize, false, false),
            new Field<>("preferences", Customer::preferences, true, false),
            new Field<>("historyNotes", Customer::historyNotes, true, false),
            new Field<>("tags", Customer::tags, true, false));
    private static final List<Function<CustomerDetails, Object>> CUSTOMER_AFTER = List.of(
            CustomerDetails::name, CustomerDetails::phone, CustomerDetails::email, CustomerDetails::province,
            CustomerDetails::city, CustomerDetails::district, CustomerDetails::street, CustomerDetails::streetNumber,
            CustomerDetails::needs, CustomerDetails::firstContactAt, CustomerDetails::sourceType,
            CustomerDetails::industry, CustomerDetails::companySize, CustomerDetails::preferences,
            CustomerDetails::historyNotes, CustomerDetails::tags);
    private static final List<Field<EmergencyContact>> CONTACT_NOW = List.of(
            new Field<>("name", EmergencyContact::name, true, true),
            new Field<>("relation", EmergencyContact::relation, false, true),
            new Field<>("phone", EmergencyContact::phone, true, true),
            new Field<>("email", EmergencyContact::email, true, false),
            new Field<>("wechat", EmergencyContact::wechat, true, false),
            new Field<>("scope", EmergencyContact::authorisationScope, true, false),
            new Field<>("reachable24h", EmergencyContact::reachable24h, false, false),
            new Field<>("informed", EmergencyContact::informed, false, false));
    private static final List<Function<NewContact, Object>> CONTACT_AFTER = List.of(
            NewContact::name, NewContact::relation, NewContact::phone, NewContact::email, NewContact::wechat,
            NewContact::scope, NewContact::reachable24h, NewContact::informed);

    private ChangeDiff() {
    }

    static List<FieldChange> ofCustomer(Customer now, CustomerDetails after) {
        List<FieldChange> changes = new ArrayList<>();
        for (int i = 0; i < CUSTOMER_NOW.size(); i++) {
            Field<Customer> f = CUSTOMER_NOW.get(i);
            // a company's registered name is kept in clear, a person's name is sealed
            boolean sealed = f.sealed() && !("name".equals(f.name()) && now.kind() == CustomerKind.COMPANY);
            add(changes, "customer." + f.name(), f.value().apply(now), CUSTOMER_AFTER.get(i).apply(after), sealed, f.key());
        }
        return changes;
    }

    static List<FieldChange> ofContact(EmergencyContact now, NewContact after) {
        List<FieldChange> changes = new ArrayList<>();
        for (int i = 0; i < CONTACT_NOW.size(); i++) {
            Field<EmergencyContact> f = CONTACT_NOW.get(i);
            add(changes, "contact[" + now.id() + "]." + f.name(), f.value().apply(now), CONTACT_AFTER.get(i).apply(after),
                    f.sealed(), f.key());
        }
        return changes;
    }

    static FieldChange removed(EmergencyContact contact) {
        return new FieldChange("contact[" + contact.id() + "].removed", summary(contact.name(), contact.relation().label(),
                contact.phone()), null, true, true);
    }

    static FieldChange added(Long id, NewContact contact) {
        return new FieldChange("contact[" + (id == null ? "new" : id) + "].added", null,
                summary(contact.name(), contact.relation().label(), contact.phone()), true, true);
    }

    /** The purposes an added contact consented to, one row each: {@code contact[<id>].consent.SERVICE} → GIVEN. */
    static List<FieldChange> consented(long id, NewConsent consent) {
        List<FieldChange> changes = new ArrayList<>();
        boolean[] given = {consent.service(), consent.emergency(), consent.marketing()};
        ConsentPurpose[] purposes = {ConsentPurpose.SERVICE, ConsentPurpose.EMERGENCY_NOTIFICATION, ConsentPurpose.MARKETING};
        for (int i = 0; i < purposes.length; i++) {
            if (given[i]) {
                changes.add(new FieldChange("contact[" + id + "].consent." + purposes[i].name(), null, "GIVEN", false, true));
            }
        }
        return changes;
    }

    private static String summary(String name, String relation, String phone) {
        return name + " / " + relation + " / " + phone;
    }

    private static void add(List<FieldChange> changes, String field, Object before, Object after, boolean sealed, boolean key) {
        String was = text(before);
        String will = text(after);
        if (!Objects.equals(was, will)) {
            changes.add(new FieldChange(field, was, will, sealed, key));
        }
    }

    private static String text(Object value) {
        if (value == null) {
            return null;
        }
        return value instanceof Enum<?> e ? e.name() : value.toString();
    }
}
