package com.lifeline.web;

import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.exception.NullValueException;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DeadlockLoserDataAccessException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import static org.assertj.core.api.Assertions.assertThat;

/** The engine's exceptions on /api: the same answers as on /engine-rest, in the API's error shape. */
class ApiExceptionHandlerTest {

    private final ApiExceptionHandler handler = new ApiExceptionHandler();

    @Test
    void optimisticLockingIsAConflictAndAVanishedTaskNotFound() {
        assertAnswer(handler.engine(new OptimisticLockingException("stale TaskEntity")), HttpStatus.CONFLICT,
                EngineErrors.CHANGED_MEANWHILE);
        assertAnswer(handler.engine(new NullValueException("Cannot find task with id 42: task is null")),
                HttpStatus.NOT_FOUND, EngineErrors.TASK_GONE);
        assertAnswer(handler.collided(new DeadlockLoserDataAccessException("deadlock", null)), HttpStatus.CONFLICT,
                EngineErrors.COLLIDED);
    }

    @Test
    void theEnginesRefusalIsA403WithoutItsText() {
        ResponseEntity<ApiError> answer = handler.engine(new AuthorizationException(
                "The user with id 'sales1' does not have 'CREATE' permission on resource 'ProcessInstance'."));

        assertAnswer(answer, HttpStatus.FORBIDDEN, ApiExceptionHandler.NOT_PERMITTED);
    }

    @Test
    void anyOtherEngineErrorIsA500WithoutItsMessage() {
        ResponseEntity<ApiError> answer = handler.engine(new ProcessEngineException("ENGINE-99999 table ACT_X at host db1"));

        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.INTERNAL_SERVER_ERROR);
        assertThat(answer.getBody().errors()).singleElement()
                .satisfies(p -> assertThat(p.message()).doesNotContain("ENGINE").doesNotContain("db1"));
    }

    private static void assertAnswer(ResponseEntity<ApiError> answer, HttpStatus status, String message) {
        assertThat(answer.getStatusCode()).isEqualTo(status);
        assertThat(answer.getBody()).isEqualTo(ApiError.of(null, message));
    }
}
