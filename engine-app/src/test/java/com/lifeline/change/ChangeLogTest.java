package com.lifeline.change;

import com.lifeline.contact.EmergencyContact;
import com.lifeline.entry.EntrySubmission.ConsentPart;
import com.lifeline.entry.EntrySubmission.ContactPart;
import com.lifeline.entry.EntrySubmission.CustomerPart;
import com.lifeline.support.LifelineIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** One change-log check per kind of field: operator, reason, before and after, sealed where the field is. */
@LifelineIntegrationTest
class ChangeLogTest {

    @Autowired
    ChangeTestSupport support;
    @Autowired
    ChangeStarter starter;
    @Autowired
    ChangeConfirmations confirmations;
    @Autowired
    ChangeHistory history;

    @Test
    void aPlainFieldIsLoggedInClear() {
        String number = support.activeCompany();

        support.changeCustomer(number, new CustomerPart(null, null, null, null, null, null, null, null, null, null, null,
                null, null, "FINANCE", null, null, null, null));

        Map<String, Object> row = support.changeLog(number, "customer.industry").get(0);
        assertThat(row).containsEntry("old_value", "IT").containsEntry("new_value", "FINANCE")
                .containsEntry("encrypted", false).containsEntry("operator", "sales1").containsEntry("reason", "更正错误");
    }

    @Test
    void aSealedFieldIsLoggedSealedAndReadBackOpened() {
        String number = support.activeCompany();

        support.changeCustomer(number, new CustomerPart(null, null, null, null, null, null, null, null, "世纪大道", "100号",
                null, null, null, null, null, null, null, null));

        Map<String, Object> row = support.changeLog(number, "customer.street").get(0);
        assertThat(row).containsEntry("encrypted", true);
        assertThat((String) row.get("new_value")).doesNotContain("世纪大道");
        assertThat(entry(number, "customer.street")).extracting(ChangeHistory.Entry::before, ChangeHistory.Entry::after,
                ChangeHistory.Entry::operator).containsExactly("张江路", "世纪大道", "sales1");
        assertThat(entry(number, "customer.streetNumber").after()).isEqualTo("100号");
    }

    @Test
    void anOptionalFieldFromEmptyToFilledIsLogged() {
        String number = support.activeCompany();

        support.changeCustomer(number, new CustomerPart(null, null, null, null, null, null, null, null, null, null, null,
                null, null, null, null, null, "2025 年曾发生停电事故", null));

        ChangeHistory.Entry notes = entry(number, "customer.historyNotes");
        assertThat(notes.before()).isNull();
        assertThat(notes.after()).isEqualTo("2025 年曾发生停电事故");
        assertThat(notes.reason()).isEqualTo("更正错误");
    }

    @Test
    void aContactFieldIsLoggedUnderItsContact() {
        String number = support.activeCompany();
        EmergencyContact first = support.contacts(number).get(0);

        starter.changeContact("sales1", number, first.id(), "VERIFICATION_RESULT", null, null,
                new ContactPart(null, null, null, "wang@example.com", null, null, null, null));

        ChangeHistory.Entry email = entry(number, "contact[" + first.id() + "].email");
        assertThat(email.before()).isNull();
        assertThat(email.after()).isEqualTo("wang@example.com");
        assertThat(email.reason()).isEqualTo("核实结果");
        assertThat(support.contacts(number).get(0).id()).as("changed in place").isEqualTo(first.id());
    }

    @Test
    void aContactAddedAndOneRemovedAreLoggedOnceConfirmed() {
        String number = support.activeCompany();
        ChangeStarter.Outcome added = starter.addContact("sales1", number, "ORGANISATION_CHANGE", null, null,
                new ContactPart("孙新", "LEGAL", "13600136001", null, null, "法务应急", true, true),
                new ConsentPart(true, true, false, "FORM", "F-CHANGE-孙新"));
        assertThat(support.contacts(number)).hasSize(2);
        confirmations.confirm(support.linkToken(added.changeId()));
        List<EmergencyContact> three = support.contacts(number);
        assertThat(three).hasSize(3);
        assertThat(entry(number, "contact[" + three.get(2).id() + "].added").after()).isEqualTo("孙新 / 法务 / +8613600136001");

        EmergencyContact leaving = three.get(1);
        ChangeStarter.Outcome removed = starter.removeContact("sales1", number, leaving.id(), "ORGANISATION_CHANGE", null, null);
        confirmations.confirm(support.linkToken(removed.changeId()));

        assertThat(support.contacts(number)).extracting(EmergencyContact::id).doesNotContain(leaving.id()).hasSize(2);
        ChangeHistory.Entry gone = entry(number, "contact[" + leaving.id() + "].removed");
        assertThat(gone.before()).startsWith(leaving.name() + " / ");
        assertThat(gone.after()).isNull();
        assertThat(gone.reason()).isEqualTo("组织变动(客户确认)");
    }

    private ChangeHistory.Entry entry(String number, String field) {
        return history.of(ChangeTestSupport.SALES1, number).stream().filter(e -> e.field().equals(field)).findFirst()
                .orElseThrow(() -> new AssertionError("no change log entry for " + field));
    }
}
