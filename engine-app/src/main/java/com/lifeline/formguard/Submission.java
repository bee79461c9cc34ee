package com.lifeline.formguard;

import java.util.Collection;
import java.util.Map;

/** What an engine command would let its caller set: the guard's view of a command. */
sealed interface Submission {

    /** A process start (start form, REST /start, Java API); atActivities: the caller chose where it begins. */
    record Start(String processDefinitionId, String processDefinitionKey, Map<String, Object> variables,
                 boolean atActivities) implements Submission {
    }

    /** Completing, submitting or resolving a task, with variables. */
    record TaskForm(String taskId, Map<String, Object> variables) implements Submission {
    }

    /** Throwing a BPMN error or escalation from a task instead of completing it. */
    record TaskEvent() implements Submission {
    }

    /** Setting, changing or removing variables of a task or an execution directly (no form submitted). */
    record DirectVariables(Collection<String> names) implements Submission {
    }

    /** Variables sent along with a message, a signal or a start condition. */
    record EventPayload(Collection<String> names) implements Submission {
    }
}
