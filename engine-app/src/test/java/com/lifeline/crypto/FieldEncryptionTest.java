package com.lifeline.crypto;

import com.lifeline.customer.CustomerService;
import com.lifeline.entry.EntryExamples;
import com.lifeline.entry.EntrySubmission;
import com.lifeline.entry.EntrySubmissions;
import com.lifeline.security.CurrentUser;
import com.lifeline.support.LifelineIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** What lands in the database: ciphertext for contact details, and nothing readable once the key is gone. */
@LifelineIntegrationTest
class FieldEncryptionTest {

    @Autowired
    EntrySubmissions submissions;
    @Autowired
    CustomerService customers;
    @Autowired
    CustomerCrypto crypto;
    @Autowired
    MasterKeyRotation rotation;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TransactionTemplate transactions;

    private String enter(EntrySubmission entry) {
        return submissions.submit(entry, null, new CurrentUser("sales1", List.of("sales"))).customerNumber();
    }

    @Test
    void contactDetailsAreStoredEncryptedAndReadBackInPlain() {
        EntrySubmission entry = EntryExamples.company();
        String number = enter(entry);
        long id = customers.byNumber(number).id();

        Map<String, Object> row = jdbc.queryForMap("SELECT phone, email, phone_index FROM customer WHERE id = ?", id);
        String primaryPhone = customers.contactsOf(id).get(0).phone();
        assertThat(row.get("email").toString()).doesNotContain("@").isNotEqualTo(entry.customer().email());
        assertThat(row.get("phone").toString()).doesNotContain("+86");
        assertThat(jdbc.queryForList("SELECT phone FROM emergency_contact WHERE customer_id = ?", String.class, id))
                .noneMatch(p -> p.contains(primaryPhone.substring(3)));
        assertThat(jdbc.queryForList("SELECT evidence_ref FROM consent WHERE customer_id = ?", String.class, id))
                .noneMatch(e -> e.equals(entry.consent().evidence()));
        assertThat(jdbc.queryForList("SELECT payload FROM entry_draft WHERE customer_id = ?", String.class, id))
                .singleElement().satisfies(p -> assertThat(p).doesNotContain(entry.customer().name()));
        assertThat(customers.byNumber(number).email()).isEqualTo(entry.customer().email().toLowerCase());
        assertThat(primaryPhone).startsWith("+86");
    }

    @Test
    void destroyingTheCustomersKeyMakesTheirDataUnreadable() {
        String number = enter(EntryExamples.company());
        long id = customers.byNumber(number).id();

        transactions.executeWithoutResult(s -> crypto.destroyKey(id));

        assertThatThrownBy(() -> customers.byNumber(number)).isInstanceOf(KeyDestroyedException.class);
        assertThatThrownBy(() -> customers.contactsOf(id)).isInstanceOf(KeyDestroyedException.class);
    }

    @Test
    void rotatingTheMasterKeyKeepsEveryCustomerReadable() throws Exception {
        EntrySubmission entry = EntryExamples.company();
        String number = enter(entry);
        long id = customers.byNumber(number).id();
        byte[] before = jdbc.queryForObject("SELECT wrapped_key FROM customer_key WHERE customer_id = ?", byte[].class, id);

        int rewrapped = rotation.rotate();

        byte[] after = jdbc.queryForObject("SELECT wrapped_key FROM customer_key WHERE customer_id = ?", byte[].class, id);
        assertThat(rewrapped).isGreaterThanOrEqualTo(1);
        assertThat(after).isNotEqualTo(before);
        assertThat(crypto.unwrap(id, after)).isNotNull();
        assertThat(customers.byNumber(number).email()).isEqualTo(entry.customer().email().toLowerCase());
    }
}
