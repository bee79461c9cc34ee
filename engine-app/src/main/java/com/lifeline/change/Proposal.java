package com.lifeline.change;

import com.lifeline.contact.EmergencyContact;
import com.lifeline.customer.Customer;
import com.lifeline.entry.EntrySubmission.ConsentPart;
import com.lifeline.entry.EntrySubmission.ContactPart;
import com.lifeline.entry.EntrySubmission.CustomerPart;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * The record as it would be after a change, as typed (raw text, like an entry): the customer's
 * fields and its contacts, each existing contact by id, new ones without (with the consent collected for
 * them), removed ones marked. It is kept sealed in the change's row, never in the engine.
 */
public record Proposal(CustomerPart customer, List<ProposedContact> contacts) {

    /** {@code consent}: only for a new contact (id null), as typed; stored when the change applies. */
    public record ProposedContact(Long id, ContactPart fields, boolean removed, ConsentPart consent) {

        boolean added() {
            return id == null && !removed;
        }
    }

    /** The record as it is now: the starting point every edit is applied to. */
    static Proposal of(Customer c, List<EmergencyContact> contacts, ZoneId zone) {
        CustomerPart customer = new CustomerPart(c.kind().name(), c.name(), c.phone(), c.email(), c.regionCode(),
                c.province(), c.city(), c.district(), c.street(), c.streetNumber(), c.needs(),
                c.firstContactAt().atZone(zone).toLocalDateTime().toString(), c.sourceType().name(), c.industry().name(),
                c.companySize() == null ? null : c.companySize().name(), c.preferences(), c.historyNotes(), c.tags());
        return new Proposal(customer, contacts.stream().map(ec -> new ProposedContact(ec.id(), new ContactPart(ec.name(),
                ec.relation().name(), ec.phone(), ec.email(), ec.wechat(), ec.authorisationScope(), ec.reachable24h(),
                ec.informed()), false, null)).toList());
    }

    /** The customer's fields the edit names replace the current ones (null = unchanged, "" = cleared). */
    Proposal withCustomer(CustomerPart edit) {
        CustomerPart c = customer;
        return new Proposal(new CustomerPart(c.kind(), or(edit.name(), c.name()), or(edit.phone(), c.phone()),
                or(edit.email(), c.email()), c.region(), or(edit.province(), c.province()), or(edit.city(), c.city()),
                or(edit.district(), c.district()), or(edit.street(), c.street()),
                or(edit.streetNumber(), c.streetNumber()), or(edit.needs(), c.needs()),
                or(edit.firstContactAt(), c.firstContactAt()), or(edit.sourceType(), c.sourceType()),
                or(edit.industry(), c.industry()), or(edit.companySize(), c.companySize()),
                or(edit.preferences(), c.preferences()), or(edit.historyNotes(), c.historyNotes()),
                or(edit.tags(), c.tags())), contacts);
    }

    /** One existing contact's fields replaced as in {@link #withCustomer}; false if it is not a current contact. */
    Proposal withContact(long contactId, ContactPart edit) {
        return mapContact(contactId, p -> {
            ContactPart c = p.fields();
            return new ProposedContact(p.id(), new ContactPart(or(edit.name(), c.name()), or(edit.relation(), c.relation()),
                    or(edit.phone(), c.phone()), or(edit.email(), c.email()), or(edit.wechat(), c.wechat()),
                    or(edit.scope(), c.scope()), edit.reachable24h() == null ? c.reachable24h() : edit.reachable24h(),
                    edit.informed() == null ? c.informed() : edit.informed()), false, p.consent());
        });
    }

    Proposal withoutContact(long contactId) {
        return mapContact(contactId, p -> new ProposedContact(p.id(), p.fields(), true, p.consent()));
    }

    Proposal withNewContact(ContactPart contact, ConsentPart consent) {
        List<ProposedContact> list = new ArrayList<>(contacts);
        list.add(new ProposedContact(null, contact, false, consent));
        return new Proposal(customer, list);
    }

    boolean hasContact(long contactId) {
        return contacts.stream().anyMatch(p -> Long.valueOf(contactId).equals(p.id()) && !p.removed());
    }

    /** The contacts the record keeps after the change, in order. */
    List<ProposedContact> kept() {
        return contacts.stream().filter(p -> !p.removed()).toList();
    }

    private Proposal mapContact(long contactId, UnaryOperator<ProposedContact> change) {
        return new Proposal(customer, contacts.stream()
                .map(p -> Long.valueOf(contactId).equals(p.id()) ? change.apply(p) : p).toList());
    }

    private static String or(String edit, String current) {
        return edit == null ? current : edit;
    }
}
