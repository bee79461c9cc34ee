package com.lifeline.entry;

import com.lifeline.crypto.CryptoException;
import com.lifeline.crypto.CustomerCrypto;
import com.lifeline.support.EntryTestSupport;
import com.lifeline.support.LifelineIntegrationTest;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** An entry's draft lives only while the entry is worked on, sealed with the customer's key once saved. */
@LifelineIntegrationTest
class EntryDraftLifecycleTest {

    @Autowired
    EntryTestSupport support;
    @Autowired
    RuntimeService runtime;
    @Autowired
    TaskService tasks;
    @Autowired
    CustomerCrypto crypto;
    @Autowired
    EntryDraftSweep sweep;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aSavedDraftIsSealedWithTheCustomersKeyAndRemovedOnApproval() {
        ProcessInstance instance = support.submitStartForm("sales1", EntryExamples.person());
        long draftId = (Long) runtime.getVariable(instance.getId(), EntryVariables.ENTRY_ID);
        String payload = jdbc.queryForObject("SELECT payload FROM entry_draft WHERE id = ?", String.class, draftId);
        assertThatThrownBy(() -> crypto.openDraft(payload)).isInstanceOf(CryptoException.class);

        String review = tasks.createTaskQuery().processInstanceId(instance.getId()).singleResult().getId();
        tasks.complete(review, Map.of("reviewDecision", "APPROVE"));

        assertThat(drafts(draftId)).isZero();
    }

    @Test
    void cancellingTheEntryRemovesItsDraft() {
        ProcessInstance instance = support.submitStartForm("sales1", EntryExamples.company());
        long draftId = (Long) runtime.getVariable(instance.getId(), EntryVariables.ENTRY_ID);

        runtime.deleteProcessInstance(instance.getId(), "abandoned");

        assertThat(drafts(draftId)).isZero();
    }

    @Test
    void theSweepDeletesOldDraftsNoRunningEntryHolds() {
        ProcessInstance instance = support.submitStartForm("sales1", EntryExamples.company());
        long inUse = (Long) runtime.getVariable(instance.getId(), EntryVariables.ENTRY_ID);
        jdbc.update("INSERT INTO entry_draft (entrant, payload, status, created_at, updated_at) "
                + "VALUES ('sales1', 'sealed', 'OPEN', '2020-01-01', '2020-01-01')");
        long orphan = jdbc.queryForObject("SELECT MAX(id) FROM entry_draft", Long.class);
        jdbc.update("UPDATE entry_draft SET updated_at = '2020-01-01' WHERE id = ?", inUse);

        assertThat(sweep.sweep()).isGreaterThanOrEqualTo(1);

        assertThat(drafts(orphan)).isZero();
        assertThat(drafts(inUse)).isEqualTo(1);
    }

    private int drafts(long id) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM entry_draft WHERE id = ?", Integer.class, id);
    }
}
