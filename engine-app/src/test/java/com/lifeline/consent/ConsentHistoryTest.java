package com.lifeline.consent;

import com.lifeline.contact.EmergencyContact;
import com.lifeline.crypto.CustomerCrypto;
import com.lifeline.customer.CustomerRecord;
import com.lifeline.customer.CustomerService;
import com.lifeline.entry.EntryExamples;
import com.lifeline.entry.EntrySubmission;
import com.lifeline.entry.EntryValidator;
import com.lifeline.support.LifelineIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Consent is a legal record: corrections append and mark, the database refuses rewriting it. */
@LifelineIntegrationTest
class ConsentHistoryTest {

    @Autowired
    CustomerService customers;
    @Autowired
    EntryValidator validator;
    @Autowired
    CustomerCrypto crypto;
    @Autowired
    ConsentMapper consents;
    @Autowired
    JdbcTemplate jdbc;

    private CustomerRecord valid(EntrySubmission submission) {
        return validator.check(submission).entry();
    }

    private static EntrySubmission withEvidence(EntrySubmission base, String evidence) {
        var c = base.consent();
        return EntryExamples.withConsent(base, new EntrySubmission.ConsentPart(c.service(), c.emergency(), c.marketing(),
                c.channel(), evidence));
    }

    private List<Map<String, Object>> consentRows(long customerId) {
        return jdbc.queryForList("SELECT * FROM consent WHERE customer_id = ? ORDER BY id", customerId);
    }

    @Test
    void twoCorrectionsKeepEveryConsentWithItsEvidenceAndOnlyTheNewestIsCurrent() {
        EntrySubmission entry = EntryExamples.company();
        long id = customers.create(valid(withEvidence(entry, "CH-1")), 0, "sales1").id();
        List<EmergencyContact> firstContacts = customers.contactsOf(id);
        customers.correct(id, valid(withEvidence(entry, "CH-2")), "sales1");
        customers.correct(id, valid(withEvidence(entry, "CH-3")), "sales1");

        List<Map<String, Object>> rows = consentRows(id);
        // each round: the customer's own consent and one per contact
        assertThat(rows).hasSize(9);
        CustomerCrypto.DataKey key = crypto.keyOf(id);
        assertThat(rows).extracting(row -> crypto.open(key, "consent.evidence", (String) row.get("evidence_ref")))
                .containsExactly("CH-1", "CH-1", "CH-1", "CH-2", "CH-2", "CH-2", "CH-3", "CH-3", "CH-3");
        assertThat(rows.subList(0, 6)).allSatisfy(row -> assertThat(row.get("superseded_at")).isNotNull());
        assertThat(rows.subList(6, 9)).allSatisfy(row -> {
            assertThat(row.get("superseded_at")).isNull();
            assertThat(row.get("superseded_by")).isNull();
        });
        // superseded by the customer's own consent of the correction that replaced them
        assertThat(rows.subList(0, 3)).extracting(row -> row.get("superseded_by")).containsOnly(rows.get(3).get("id"));
        assertThat(rows.subList(3, 6)).extracting(row -> row.get("superseded_by")).containsOnly(rows.get(6).get("id"));
        assertThat(consents.countActive(id)).isEqualTo(3);

        // the contacts the old consents name are kept, but only the current ones are listed
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM emergency_contact WHERE customer_id = ?", Integer.class, id))
                .isEqualTo(6);
        List<EmergencyContact> current = customers.contactsOf(id);
        assertThat(current).hasSize(2).extracting(EmergencyContact::id)
                .doesNotContainAnyElementsOf(firstContacts.stream().map(EmergencyContact::id).toList());
        assertThat(rows.get(1).get("contact_id")).isEqualTo(firstContacts.get(0).id());
    }

    @Test
    void theDatabaseRefusesToRewriteOrDeleteConsent() {
        long id = customers.create(valid(EntryExamples.company()), 0, "sales1").id();
        long consentId = ((Number) consentRows(id).get(0).get("id")).longValue();

        assertThatThrownBy(() -> jdbc.update("UPDATE consent SET purpose_marketing = TRUE WHERE id = ?", consentId))
                .isInstanceOf(DataAccessException.class).hasMessageContaining("consent is append-only");
        assertThatThrownBy(() -> jdbc.update("DELETE FROM consent WHERE id = ?", consentId))
                .isInstanceOf(DataAccessException.class).hasMessageContaining("consent is append-only");
        // withdrawing is a mark, and only once
        assertThat(jdbc.update("UPDATE consent SET withdrawn_at = NOW() WHERE id = ?", consentId)).isOne();
        assertThatThrownBy(() -> jdbc.update("UPDATE consent SET withdrawn_at = NULL WHERE id = ?", consentId))
                .isInstanceOf(DataAccessException.class).hasMessageContaining("consent is append-only");
        assertThat(consents.countActive(id)).isEqualTo(2);
    }
}
