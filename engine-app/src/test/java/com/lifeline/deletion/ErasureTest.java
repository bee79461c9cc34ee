package com.lifeline.deletion;

import com.lifeline.crypto.CryptoException;
import com.lifeline.crypto.CustomerCrypto;
import com.lifeline.crypto.ErasureKeys;
import com.lifeline.crypto.FieldCipher;
import com.lifeline.crypto.KeyDestroyedException;
import com.lifeline.customer.CustomerService;
import com.lifeline.entry.EntryExamples;
import com.lifeline.entry.EntrySubmission;
import com.lifeline.support.LifelineIntegrationTest;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** After an erasure nothing of the customer can be read again: not in any table, not from a copy taken before. */
@LifelineIntegrationTest
class ErasureTest {

    @Autowired
    DeletionTestSupport support;
    @Autowired
    Erasure erasure;
    @Autowired
    DeletionRequests requests;
    @Autowired
    CustomerService customers;
    @Autowired
    CustomerCrypto crypto;
    @Autowired
    FieldCipher cipher;
    @Autowired
    ErasureKeys erasureKeys;
    @Autowired
    ErasureKeySync keySync;
    @Autowired
    RuntimeService runtime;
    @Autowired
    HistoryService history;
    @Autowired
    ManagementService management;
    @Autowired
    org.camunda.bpm.engine.TaskService tasks;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void noTableOfTheStoreOrTheEngineHoldsTheErasedCustomerInClear() {
        EntrySubmission entry = EntryExamples.person();
        String number = support.enter(entry);
        long id = support.idOf(number);
        List<String> needles = needlesOf(entry);
        String entryInstance = runtime.createProcessInstanceQuery().processInstanceBusinessKey(number).singleResult().getId();
        // approved: the customer is ACTIVE and its confirmation notice waits in the outbox, addressed in clear
        tasks.complete(tasks.createTaskQuery().processInstanceId(entryInstance).singleResult().getId(),
                Map.of("reviewDecision", "APPROVE"));
        assertThat(tablesContaining(needles)).as("before the erasure the scan finds the customer's address")
                .anyMatch(hit -> hit.startsWith("outbox.recipient"));

        DeletionRequest request = support.requestBySales1(number);
        support.decide(request, "APPROVE");
        support.runErasureJob(request);

        assertThat(tablesContaining(needles)).isEmpty();
        assertThat(history.createHistoricProcessInstanceQuery().processInstanceId(entryInstance).count()).isZero();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM customer_key WHERE customer_id = ?", Integer.class, id)).isZero();
        assertThat(erasureKeys.isDestroyed(id)).isTrue();
        assertThatThrownBy(() -> crypto.keyOf(id)).isInstanceOf(KeyDestroyedException.class);
        Map<String, Object> record = jdbc.queryForMap("SELECT * FROM destruction_record WHERE customer_number = ?", number);
        assertThat(record.get("categories").toString()).contains("customer=1", "contacts=2", "consents=3", "data_key=1",
                "process_instances=1");
        assertThat(record.values()).noneMatch(v -> v != null && needles.stream().anyMatch(n -> v.toString().contains(n)));
    }

    @Test
    void aCopyOfTheRowsTakenBeforeTheErasureCannotBeReadAfterIt() {
        EntrySubmission entry = EntryExamples.person();
        String number = support.enter(entry);
        long id = support.idOf(number);
        // the "backup": the rows as a dump holds them, taken before the erasure
        byte[] storedKey = jdbc.queryForObject("SELECT wrapped_key FROM customer_key WHERE customer_id = ?", byte[].class, id);
        String sealedName = jdbc.queryForObject("SELECT name FROM customer WHERE id = ?", String.class, id);
        assertThat(restoredName(id, storedKey, sealedName)).as("the copy opens before the erasure").isEqualTo(entry.customer().name());

        DeletionRequest request = support.requestBySales1(number);
        support.decide(request, "APPROVE");
        support.runErasureJob(request);

        // restored after it, with every key the app holds now: the wrapped data key no longer opens
        assertThatThrownBy(() -> restoredName(id, storedKey, sealedName)).isInstanceOf(KeyDestroyedException.class);
        // nor does the master key alone: the data key's outer layer is the erasure key
        assertThatThrownBy(() -> cipher.unwrap(storedKey)).isInstanceOf(CryptoException.class);
    }

    @Test
    void anErasureInterruptedMidwayRollsBackAndItsRetryFinishesWithOneRecord() {
        String number = support.enterPerson();
        long id = support.idOf(number);
        DeletionRequest request = support.requestBySales1(number);
        support.decide(request, "APPROVE");
        // the database fails the erasure after the engine's instances, the messages and the features' rows went
        jdbc.execute("CREATE TRIGGER test_interrupt_erasure BEFORE DELETE ON change_log FOR EACH ROW "
                + "BEGIN IF OLD.customer_id = " + id + " THEN SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'interrupted'; END IF; END");
        try {
            assertThatThrownBy(() -> support.runErasureJob(request)).hasStackTraceContaining("interrupted");
        } finally {
            jdbc.execute("DROP TRIGGER test_interrupt_erasure");
        }
        assertThat(customers.byNumber(number).name()).isNotBlank();
        assertThat(support.reload(request).status()).isEqualTo(DeletionStatus.APPROVED);
        // the engine's instances went in commands of their own (a retry finds nothing left of them)
        assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(number).list())
                .extracting(p -> p.getProcessDefinitionId()).singleElement().asString().startsWith("deletion-approval");
        assertThat(erasureKeys.isDestroyed(id)).isFalse();

        support.runErasureJob(request);
        assertThat(erasure.eraseUnlessHeld(request.id(), null)).isTrue();

        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM destruction_record WHERE customer_number = ?", Integer.class, number))
                .isEqualTo(1);
        assertThat(support.reload(request).status()).isEqualTo(DeletionStatus.ERASED);
        assertThat(erasureKeys.isDestroyed(id)).isTrue();
    }

    @Test
    void aNodeThatMissedAKeyDestructionCatchesUpAtStart() {
        String number = support.enterPerson();
        long id = support.idOf(number);
        // as if the erasure committed and the node died before its key file was written
        jdbc.update("INSERT INTO destruction_record (customer_number, customer_id, deletion_request_id, reason, requested_by, "
                + "approved_by, requested_at, approved_at, erased_at, categories) VALUES (?, ?, ?, 'INVALID_DATA', 'sales1', "
                + "'mgr1', NOW(), NOW(), NOW(), 'test')", "T" + number, id, -id);

        keySync.afterPropertiesSet();

        assertThat(erasureKeys.isDestroyed(id)).isTrue();
    }

    private String restoredName(long id, byte[] storedKey, String sealedName) {
        return cipher.open(cipher.unwrap(erasureKeys.open(id, storedKey)), "customer.name", sealedName);
    }

    /** Names, phones (as stored and as typed), emails and WeChat ids of the customer and its contacts. */
    private static List<String> needlesOf(EntrySubmission entry) {
        List<String> needles = new ArrayList<>(List.of(entry.customer().name(), entry.customer().email(),
                entry.customer().phone().replace(" ", "").substring(3), entry.customer().street()));
        for (EntrySubmission.ContactPart contact : entry.contacts()) {
            needles.add(contact.name());
            needles.add(contact.phone());
            if (contact.email() != null) {
                needles.add(contact.email());
            }
            if (contact.wechat() != null) {
                needles.add(contact.wechat());
            }
        }
        return needles;
    }

    /** Every text or binary column of every table in the schema (store, Quartz, sessions, Camunda's ACT_*). */
    private List<String> tablesContaining(List<String> needles) {
        List<Map<String, Object>> columns = jdbc.queryForList("SELECT table_name, column_name FROM information_schema.columns "
                + "WHERE table_schema = DATABASE() AND data_type IN ('char', 'varchar', 'text', 'mediumtext', 'longtext', "
                + "'tinytext', 'blob', 'mediumblob', 'longblob', 'varbinary', 'binary', 'tinyblob')");
        List<String> found = new ArrayList<>();
        for (Map<String, Object> column : columns) {
            String table = column.get("table_name").toString();
            String name = column.get("column_name").toString();
            for (String needle : needles) {
                Integer hits = jdbc.queryForObject("SELECT COUNT(*) FROM `" + table + "` WHERE LOCATE(?, `" + name + "`) > 0",
                        Integer.class, needle);
                if (hits != null && hits > 0) {
                    found.add(table + "." + name + " holds " + needle);
                }
            }
        }
        return found;
    }
}
