package com.lifeline.web;

import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Lets {@link EngineErrors} tell a lost race from a refusal: a task completed a moment ago by someone
 * else takes its authorizations with it, so the loser's call fails as "not authorized" on a task that
 * is gone. Looked up as the system (no authorization check), so it reveals nothing to the caller.
 */
@Component
class TaskExistence {

    private final ProcessEngineConfigurationImpl engine;

    TaskExistence(ProcessEngineConfigurationImpl engine) {
        this.engine = engine;
    }

    @EventListener(ApplicationReadyEvent.class)
    void register() {
        EngineErrors.recogniseGoneTasksBy(this::gone);
    }

    /** False when it cannot tell: the caller then gets the answer the error itself deserves. */
    boolean gone(String taskId) {
        try {
            return engine.getCommandExecutorTxRequiresNew().execute((CommandContext context) -> {
                context.disableAuthorizationCheck();
                return context.getTaskManager().findTaskById(taskId) == null;
            });
        } catch (RuntimeException e) {
            return false;
        }
    }
}
