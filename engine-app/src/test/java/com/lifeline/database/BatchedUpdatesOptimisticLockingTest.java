package com.lifeline.database;

import com.lifeline.entry.EntryExamples;
import com.lifeline.support.EntryTestSupport;
import com.lifeline.support.LifelineIntegrationTest;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The JDBC URL rewrites batched statements (rewriteBatchedStatements). The engine's optimistic
 * locking reads the update count of every batched UPDATE: a lost update must still be detected.
 */
@LifelineIntegrationTest
class BatchedUpdatesOptimisticLockingTest {

    @Autowired
    EntryTestSupport support;
    @Autowired
    RuntimeService runtime;
    @Autowired
    TransactionTemplate transactions;

    @Test
    void aConcurrentUpdateOfTheSameVariablesIsRefusedNotLost() throws Exception {
        ProcessInstance instance = support.submitStartForm("sales1", EntryExamples.company());
        Map<String, Object> first = Map.of("probeA", 1, "probeB", 1, "probeC", 1, "probeD", 1, "probeE", 1);
        runtime.setVariables(instance.getId(), first);
        CountDownLatch firstWrote = new CountDownLatch(1);

        CompletableFuture<Void> slow = CompletableFuture.runAsync(() -> transactions.executeWithoutResult(status -> {
            runtime.setVariables(instance.getId(), Map.of("probeA", 2, "probeB", 2, "probeC", 2, "probeD", 2, "probeE", 2));
            firstWrote.countDown();
            sleep(1500); // the rows stay locked; the second writer has read the old revisions by now
        }));
        assertThat(firstWrote.await(10, TimeUnit.SECONDS)).isTrue();

        assertThatThrownBy(() -> transactions.executeWithoutResult(status ->
                runtime.setVariables(instance.getId(), Map.of("probeA", 3, "probeB", 3, "probeC", 3, "probeD", 3, "probeE", 3))))
                .isInstanceOf(OptimisticLockingException.class);
        slow.get(10, TimeUnit.SECONDS);
        assertThat(runtime.getVariables(instance.getId())).containsEntry("probeA", 2).containsEntry("probeE", 2);
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
