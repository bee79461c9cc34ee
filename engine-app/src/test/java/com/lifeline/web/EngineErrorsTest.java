package com.lifeline.web;

import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.ProcessEnginePersistenceException;
import org.camunda.bpm.engine.exception.NullValueException;
import org.camunda.bpm.engine.rest.exception.RestException;
import jakarta.ws.rs.core.Response;
import org.junit.jupiter.api.Test;
import org.springframework.dao.CannotAcquireLockException;
import org.springframework.http.HttpStatus;

import java.sql.SQLTransactionRollbackException;

import static org.assertj.core.api.Assertions.assertThat;

/** How the engine's exceptions read to a caller, also when Camunda's REST resources have wrapped them. */
class EngineErrorsTest {

    @Test
    void lostRacesAreConflictsAndAVanishedTaskIsNotFound() {
        assertThat(EngineErrors.of(new OptimisticLockingException("ENGINE-03005 Execution of 'DELETE TaskEntity' failed")))
                .hasValueSatisfying(e -> assertAnswer(e, HttpStatus.CONFLICT, EngineErrors.CHANGED_MEANWHILE));
        assertThat(EngineErrors.of(new NullValueException("Cannot find task with id 42: task is null")))
                .hasValueSatisfying(e -> assertAnswer(e, HttpStatus.NOT_FOUND, EngineErrors.TASK_GONE));
        ProcessEnginePersistenceException deadlock = new ProcessEnginePersistenceException("flush failed",
                new RuntimeException(new SQLTransactionRollbackException("Deadlock found when trying to get lock", "40001", 1213)));
        assertThat(EngineErrors.of(deadlock)).hasValueSatisfying(e -> assertAnswer(e, HttpStatus.CONFLICT, EngineErrors.COLLIDED));
        assertThat(EngineErrors.of(new CannotAcquireLockException("Lock wait timeout exceeded")))
                .hasValueSatisfying(e -> assertAnswer(e, HttpStatus.CONFLICT, EngineErrors.COLLIDED));
    }

    @Test
    void aRefusedFormValueIsABadRequestNamingItsField() {
        assertThat(EngineErrors.of(new TaskInputException("复核结论", "请选择“通过”或“退回更正”"))).hasValueSatisfying(e -> {
            assertThat(e.status()).isEqualTo(HttpStatus.BAD_REQUEST);
            assertThat(e.field()).isEqualTo("复核结论");
            assertThat(e.message()).isEqualTo("请选择“通过”或“退回更正”");
        });
    }

    @Test
    void seesThroughCamundasRestWrapper() {
        RestException wrapped = new RestException(Response.Status.INTERNAL_SERVER_ERROR,
                new OptimisticLockingException("stale"), "Cannot complete task 42: stale");

        assertThat(EngineErrors.of(wrapped)).hasValueSatisfying(e -> assertThat(e.status()).isEqualTo(HttpStatus.CONFLICT));
    }

    @Test
    void leavesEverythingElseAlone() {
        assertThat(EngineErrors.of(new ProcessEngineException("ENGINE-12345 something of ours"))).isEmpty();
        assertThat(EngineErrors.of(new NullValueException("processDefinitionKey is null"))).isEmpty();
        assertThat(EngineErrors.of(new IllegalStateException("bug"))).isEmpty();
    }

    private static void assertAnswer(ClientError error, HttpStatus status, String message) {
        assertThat(error.status()).isEqualTo(status);
        assertThat(error.message()).isEqualTo(message);
        assertThat(error.field()).isNull();
    }
}
