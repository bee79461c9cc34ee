package com.lifeline.web;

import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.authorization.MissingAuthorization;
import org.camunda.bpm.engine.authorization.Resources;
import java.util.function.Predicate;

import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.exception.NotFoundException;
import org.camunda.bpm.engine.exception.NullValueException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.http.HttpStatus;

import java.sql.SQLTransactionRollbackException;
import java.util.Optional;

/**
 * What the engine throws when a caller loses a race or names something gone, as a {@link ClientError}:
 * the same answer on /api, /engine-rest and the webapps' engine API. Two people completing one task:
 * the loser's transaction fails optimistic locking (409), or starts after the winner's commit and
 * finds no task (404), or the database picks it as a deadlock's loser (409). Errors the app's own code
 * throws already are {@link ClientError}s.
 */
public final class EngineErrors {

    static final String CHANGED_MEANWHILE = "该任务已被他人处理,请刷新";
    static final String TASK_GONE = "该任务已不存在(可能已被他人处理),请刷新";
    static final String GONE = "要处理的对象已不存在,请刷新";
    static final String COLLIDED = "与他人同时进行的操作冲突,未做任何更改,请刷新后再试";

    /** Whether a task no longer exists; set by {@link TaskExistence} once the engine runs. */
    private static volatile Predicate<String> taskGone = id -> false;

    private EngineErrors() {
    }

    static void recogniseGoneTasksBy(Predicate<String> gone) {
        taskGone = gone;
    }

    /** The first {@link ClientError} in the cause chain, or what an engine exception there means to the caller. */
    public static Optional<ClientError> of(Throwable thrown) {
        int depth = 0;
        for (Throwable t = thrown; t != null && depth < 20; t = t.getCause(), depth++) {
            if (t instanceof ClientError error) {
                return Optional.of(error);
            }
            if (t instanceof OptimisticLockingException) {
                return Optional.of(new Answer(HttpStatus.CONFLICT, CHANGED_MEANWHILE, t));
            }
            if (t instanceof NullValueException && t.getMessage() != null && t.getMessage().startsWith("Cannot find task")) {
                return Optional.of(new Answer(HttpStatus.NOT_FOUND, TASK_GONE, t));
            }
            if (t instanceof PessimisticLockingFailureException || t instanceof SQLTransactionRollbackException) {
                // a deadlock's loser or a lock wait that timed out: its transaction was rolled back whole
                return Optional.of(new Answer(HttpStatus.CONFLICT, COLLIDED, t));
            }
            if (t instanceof AuthorizationException refused && refersToGoneTask(refused)) {
                // the winner's commit removed the task and, with it, the loser's right to work on it
                return Optional.of(new Answer(HttpStatus.NOT_FOUND, TASK_GONE, t));
            }
            if (t instanceof NotFoundException) {
                return Optional.of(new Answer(HttpStatus.NOT_FOUND, GONE, t));
            }
        }
        return Optional.empty();
    }

    /** Whether the task is gone (completed or deleted meanwhile). */
    static boolean taskGone(String taskId) {
        return taskGone.test(taskId);
    }

    private static boolean refersToGoneTask(AuthorizationException refused) {
        return refused.getMissingAuthorizations().stream()
                .filter(missing -> Resources.TASK.resourceName().equals(missing.getResourceType()))
                .map(MissingAuthorization::getResourceId)
                .anyMatch(id -> id != null && taskGone.test(id));
    }

    /** An engine exception's meaning; {@code cause} names it in Camunda's error shape ({@code type}). */
    public record Answer(HttpStatus status, String message, Throwable cause) implements ClientError {
    }
}
