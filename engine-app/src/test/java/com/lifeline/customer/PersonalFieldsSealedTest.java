package com.lifeline.customer;

import com.lifeline.contact.EmergencyContact;
import com.lifeline.directory.CustomerDirectory;
import com.lifeline.entry.EntryExamples;
import com.lifeline.entry.EntrySubmission;
import com.lifeline.entry.EntrySubmissions;
import com.lifeline.security.CurrentUser;
import com.lifeline.support.LifelineIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import javax.sql.DataSource;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Every personal field of a customer and its contacts is ciphertext in the database and plain text to callers. */
@LifelineIntegrationTest
class PersonalFieldsSealedTest {

    private static final CurrentUser SALES1 = new CurrentUser("sales1", List.of("sales"));

    @Autowired
    EntrySubmissions submissions;
    @Autowired
    CustomerService customers;
    @Autowired
    CustomerDirectory directory;
    @Autowired
    V131__SealPersonalFields migration;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    DataSource dataSource;
    @Autowired
    com.lifeline.crypto.ErasureKeys erasureKeys;

    private String enter(EntrySubmission entry) {
        return submissions.submit(entry, null, SALES1).customerNumber();
    }

    @Test
    void aPersonsFieldsAndTheirContactsAreStoredEncryptedAndReadBackInPlain() {
        EntrySubmission entry = EntryExamples.person();
        String number = enter(entry);
        long id = customers.byNumber(number).id();
        EntrySubmission.CustomerPart c = entry.customer();
        List<String> personal = new ArrayList<>(List.of(c.name(), c.street(), c.needs(), c.preferences(),
                c.historyNotes(), c.tags(), c.email(), c.phone().replace(" ", "").substring(3)));
        entry.contacts().forEach(contact -> {
            personal.add(contact.name());
            personal.add(contact.scope());
        });

        assertThat(rowsOf(id)).allSatisfy(value -> assertThat(personal).noneMatch(value::contains));
        Customer read = customers.byNumber(number);
        assertThat(read.name()).isEqualTo(c.name());
        assertThat(List.of(read.province(), read.city(), read.district(), read.street(), read.streetNumber()))
                .containsExactly(c.province(), c.city(), c.district(), c.street(), c.streetNumber());
        assertThat(List.of(read.needs(), read.preferences(), read.historyNotes(), read.tags()))
                .containsExactly(c.needs(), c.preferences(), c.historyNotes(), c.tags());
        assertThat(customers.contactsOf(id)).extracting(EmergencyContact::name, EmergencyContact::authorisationScope)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(entry.contacts().get(0).name(), entry.contacts().get(0).scope()),
                        org.assertj.core.groups.Tuple.tuple(entry.contacts().get(1).name(), entry.contacts().get(1).scope()));
    }

    @Test
    void aCompanysRegisteredNameStaysInClearForSearchAndTaskNames() {
        EntrySubmission entry = EntryExamples.company();
        String number = enter(entry);

        assertThat(jdbc.queryForObject("SELECT name FROM customer WHERE customer_number = ?", String.class, number))
                .isEqualTo(entry.customer().name());
        String part = entry.customer().name().substring(2, 8);
        assertThat(directory.search(SALES1, part, null)).extracting(s -> s.customerNumber()).contains(number);
    }

    @Test
    void aPersonIsFoundByTheWholeNameOnly() {
        EntrySubmission entry = EntryExamples.person();
        String number = enter(entry);
        String name = entry.customer().name();

        assertThat(directory.search(SALES1, " " + name + " ", null)).extracting(s -> s.customerNumber()).containsExactly(number);
        assertThat(directory.search(SALES1, name.substring(0, name.length() - 1), null))
                .extracting(s -> s.customerNumber()).doesNotContain(number);
    }

    @Test
    void theMigrationSealsRowsWrittenInClearBeforeIt() throws Exception {
        EntrySubmission entry = EntryExamples.person();
        String number = enter(entry);
        long id = customers.byNumber(number).id();
        String legacyName = "司马" + EntryExamples.chinese(id > 0 ? (int) (id % 100000) : 1);
        // as V1–V72 wrote them: people's names, addresses, notes, contact names and scopes in clear
        jdbc.update("UPDATE customer SET name = ?, name_key = ?, name_index = NULL, province = '江苏省', city = '南京市', "
                + "district = '鼓楼区', street = '中山路', street_number = '1号', needs = '旧需求', preferences = NULL, "
                + "history_notes = '旧备注', tags = '旧标签' WHERE id = ?", legacyName, NameKeys.of(legacyName), id);
        jdbc.update("UPDATE emergency_contact SET name = '旧联系人', name_key = '旧联系人', name_index = NULL, "
                + "authorisation_scope = '旧授权范围' WHERE customer_id = ?", id);
        jdbc.update("INSERT INTO change_log (customer_id, field, old_value, new_value, encrypted, reason, operator, changed_at) "
                + "VALUES (?, 'street', '旧街道', '中山路', FALSE, '更正', 'sales1', NOW())", id);

        // and its data key as it was stored before V134 (master key only)
        byte[] stored = jdbc.queryForObject("SELECT wrapped_key FROM customer_key WHERE customer_id = ?", byte[].class, id);
        jdbc.update("UPDATE customer_key SET wrapped_key = ? WHERE customer_id = ?", erasureKeys.open(id, stored), id);

        try (Connection db = dataSource.getConnection()) {
            migration.seal(db, id);
        }
        jdbc.update("UPDATE customer_key SET wrapped_key = ? WHERE customer_id = ?", stored, id);

        assertThat(rowsOf(id)).noneMatch(v -> v.contains(legacyName) || v.contains("中山路") || v.contains("旧"));
        Customer read = customers.byNumber(number);
        assertThat(List.of(read.name(), read.street(), read.historyNotes())).containsExactly(legacyName, "中山路", "旧备注");
        assertThat(read.preferences()).isNull();
        assertThat(customers.contactsOf(id)).extracting(EmergencyContact::name).containsOnly("旧联系人");
        assertThat(directory.search(SALES1, legacyName, null)).extracting(s -> s.customerNumber()).containsExactly(number);
    }

    /** Every text value stored for the customer: its row, contacts, change log, confirmations and draft. */
    private List<String> rowsOf(long id) {
        List<String> values = new ArrayList<>();
        for (String sql : List.of("SELECT * FROM customer WHERE id = ?", "SELECT * FROM emergency_contact WHERE customer_id = ?",
                "SELECT * FROM change_log WHERE customer_id = ?", "SELECT * FROM customer_confirmation WHERE customer_id = ?",
                "SELECT * FROM entry_draft WHERE customer_id = ?", "SELECT * FROM consent WHERE customer_id = ?")) {
            for (Map<String, Object> row : jdbc.queryForList(sql, id)) {
                row.values().stream().filter(v -> v instanceof String).map(String.class::cast).forEach(values::add);
            }
        }
        assertThat(values).isNotEmpty();
        return values;
    }
}
