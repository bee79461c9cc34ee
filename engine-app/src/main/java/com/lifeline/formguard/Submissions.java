package com.lifeline.formguard;

import org.camunda.bpm.engine.impl.ConditionEvaluationBuilderImpl;
import org.camunda.bpm.engine.impl.MessageCorrelationBuilderImpl;
import org.camunda.bpm.engine.impl.ProcessInstantiationBuilderImpl;
import org.camunda.bpm.engine.impl.SignalEventReceivedBuilderImpl;
import org.camunda.bpm.engine.impl.cmd.AbstractCorrelateMessageCmd;
import org.camunda.bpm.engine.impl.cmd.AbstractPatchVariablesCmd;
import org.camunda.bpm.engine.impl.cmd.AbstractRemoveVariableCmd;
import org.camunda.bpm.engine.impl.cmd.AbstractSetVariableCmd;
import org.camunda.bpm.engine.impl.cmd.CompleteTaskCmd;
import org.camunda.bpm.engine.impl.cmd.EvaluateStartConditionCmd;
import org.camunda.bpm.engine.impl.cmd.HandleTaskBpmnErrorCmd;
import org.camunda.bpm.engine.impl.cmd.HandleTaskEscalationCmd;
import org.camunda.bpm.engine.impl.cmd.MessageEventReceivedCmd;
import org.camunda.bpm.engine.impl.cmd.SignalEventReceivedCmd;
import org.camunda.bpm.engine.impl.cmd.StartProcessInstanceAtActivitiesCmd;
import org.camunda.bpm.engine.impl.cmd.StartProcessInstanceCmd;
import org.camunda.bpm.engine.impl.cmd.SubmitStartFormCmd;
import org.camunda.bpm.engine.impl.cmd.SubmitTaskFormCmd;
import org.camunda.bpm.engine.impl.cmd.batch.variables.SetVariablesToProcessInstancesBatchCmd;
import org.camunda.bpm.engine.impl.interceptor.Command;

import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads from Camunda 7.24's commands what they would set. The commands keep their input in protected
 * fields; a missing field (a Camunda upgrade renamed it) fails at start-up ({@link #verifyFields()}),
 * not silently.
 */
final class Submissions {

    private static final Fields FIELDS = new Fields();

    private Submissions() {
    }

    static Optional<Submission> of(Command<?> command) {
        return Optional.ofNullable(read(command));
    }

    /** Resolves every field now, so a Camunda upgrade that renamed one fails at start-up. */
    static void verifyFields() {
        java.util.Objects.requireNonNull(FIELDS);
    }

    private static Submission read(Command<?> command) {
        if (command instanceof SubmitStartFormCmd c) {
            return new Submission.Start(FIELDS.startFormDefinition.get(c), null, FIELDS.startFormVariables.get(c), false);
        }
        if (command instanceof StartProcessInstanceCmd c) {
            return start(FIELDS.startBuilder.get(c), false);
        }
        if (command instanceof StartProcessInstanceAtActivitiesCmd c) {
            return start(FIELDS.startAtActivitiesBuilder.get(c), true);
        }
        if (command instanceof CompleteTaskCmd c) { // also ResolveTaskCmd
            return new Submission.TaskForm(FIELDS.completeTask.get(c), FIELDS.completeVariables.get(c));
        }
        if (command instanceof SubmitTaskFormCmd c) {
            return new Submission.TaskForm(FIELDS.submitTask.get(c), FIELDS.submitVariables.get(c));
        }
        if (command instanceof HandleTaskBpmnErrorCmd || command instanceof HandleTaskEscalationCmd) {
            return new Submission.TaskEvent();
        }
        if (command instanceof AbstractSetVariableCmd c) { // task and execution, local or not
            return new Submission.DirectVariables(names(FIELDS.setVariables.get(c)));
        }
        if (command instanceof AbstractRemoveVariableCmd c) {
            return new Submission.DirectVariables(FIELDS.removeNames.get(c));
        }
        if (command instanceof AbstractPatchVariablesCmd c) {
            return new Submission.DirectVariables(concat(names(FIELDS.patchVariables.get(c)), FIELDS.patchDeletions.get(c)));
        }
        if (command instanceof SetVariablesToProcessInstancesBatchCmd c) {
            return new Submission.DirectVariables(names(FIELDS.batchVariables.get(c)));
        }
        if (command instanceof AbstractCorrelateMessageCmd c) {
            MessageCorrelationBuilderImpl b = FIELDS.messageBuilder.get(c);
            return new Submission.EventPayload(concat(names(b.getPayloadProcessInstanceVariables()),
                    concat(names(b.getPayloadProcessInstanceVariablesLocal()),
                            names(b.getPayloadProcessInstanceVariablesToTriggeredScope()))));
        }
        if (command instanceof MessageEventReceivedCmd c) {
            return new Submission.EventPayload(concat(names(FIELDS.messageVariables.get(c)),
                    concat(names(FIELDS.messageVariablesLocal.get(c)), names(FIELDS.messageVariablesToScope.get(c)))));
        }
        if (command instanceof SignalEventReceivedCmd c) {
            return new Submission.EventPayload(names(FIELDS.signalBuilder.get(c).getVariables()));
        }
        if (command instanceof EvaluateStartConditionCmd c) {
            return new Submission.EventPayload(names(FIELDS.conditionBuilder.get(c).getVariables()));
        }
        return null;
    }

    private static Submission start(ProcessInstantiationBuilderImpl builder, boolean atActivities) {
        return new Submission.Start(builder.getProcessDefinitionId(), builder.getProcessDefinitionKey(),
                builder.getVariables(), atActivities);
    }

    private static Collection<String> names(Map<String, ?> variables) {
        return variables == null ? List.of() : variables.keySet();
    }

    private static Collection<String> concat(Collection<String> a, Collection<String> b) {
        List<String> all = new ArrayList<>(a);
        if (b != null) {
            all.addAll(b);
        }
        return all;
    }

    /** Reflective access to one protected field of a command. */
    record Accessor<C, V>(Field field) {

        @SuppressWarnings("unchecked")
        V get(C command) {
            try {
                return (V) field.get(command);
            } catch (IllegalAccessException e) {
                throw new IllegalStateException(e);
            }
        }

        static <C, V> Accessor<C, V> of(Class<C> type, String name) {
            try {
                Field field = type.getDeclaredField(name);
                field.setAccessible(true);
                return new Accessor<>(field);
            } catch (NoSuchFieldException e) {
                throw new IllegalStateException("Camunda changed " + type.getName() + " (no field " + name
                        + "); review com.lifeline.formguard.Submissions", e);
            }
        }
    }

    private static final class Fields {
        final Accessor<SubmitStartFormCmd, String> startFormDefinition =
                Accessor.of(SubmitStartFormCmd.class, "processDefinitionId");
        final Accessor<SubmitStartFormCmd, Map<String, Object>> startFormVariables =
                Accessor.of(SubmitStartFormCmd.class, "variables");
        final Accessor<StartProcessInstanceCmd, ProcessInstantiationBuilderImpl> startBuilder =
                Accessor.of(StartProcessInstanceCmd.class, "instantiationBuilder");
        final Accessor<StartProcessInstanceAtActivitiesCmd, ProcessInstantiationBuilderImpl> startAtActivitiesBuilder =
                Accessor.of(StartProcessInstanceAtActivitiesCmd.class, "instantiationBuilder");
        final Accessor<CompleteTaskCmd, String> completeTask = Accessor.of(CompleteTaskCmd.class, "taskId");
        final Accessor<CompleteTaskCmd, Map<String, Object>> completeVariables =
                Accessor.of(CompleteTaskCmd.class, "variables");
        final Accessor<SubmitTaskFormCmd, String> submitTask = Accessor.of(SubmitTaskFormCmd.class, "taskId");
        final Accessor<SubmitTaskFormCmd, Map<String, Object>> submitVariables =
                Accessor.of(SubmitTaskFormCmd.class, "properties");
        final Accessor<AbstractSetVariableCmd, Map<String, ?>> setVariables =
                Accessor.of(AbstractSetVariableCmd.class, "variables");
        final Accessor<AbstractRemoveVariableCmd, Collection<String>> removeNames =
                Accessor.of(AbstractRemoveVariableCmd.class, "variableNames");
        final Accessor<AbstractPatchVariablesCmd, Map<String, ?>> patchVariables =
                Accessor.of(AbstractPatchVariablesCmd.class, "variables");
        final Accessor<AbstractPatchVariablesCmd, Collection<String>> patchDeletions =
                Accessor.of(AbstractPatchVariablesCmd.class, "deletions");
        final Accessor<SetVariablesToProcessInstancesBatchCmd, Map<String, ?>> batchVariables =
                Accessor.of(SetVariablesToProcessInstancesBatchCmd.class, "variables");
        final Accessor<AbstractCorrelateMessageCmd, MessageCorrelationBuilderImpl> messageBuilder =
                Accessor.of(AbstractCorrelateMessageCmd.class, "builder");
        final Accessor<MessageEventReceivedCmd, Map<String, Object>> messageVariables =
                Accessor.of(MessageEventReceivedCmd.class, "processVariables");
        final Accessor<MessageEventReceivedCmd, Map<String, Object>> messageVariablesLocal =
                Accessor.of(MessageEventReceivedCmd.class, "processVariablesLocal");
        final Accessor<MessageEventReceivedCmd, Map<String, Object>> messageVariablesToScope =
                Accessor.of(MessageEventReceivedCmd.class, "processVariablesToTriggeredScope");
        final Accessor<SignalEventReceivedCmd, SignalEventReceivedBuilderImpl> signalBuilder =
                Accessor.of(SignalEventReceivedCmd.class, "builder");
        final Accessor<EvaluateStartConditionCmd, ConditionEvaluationBuilderImpl> conditionBuilder =
                Accessor.of(EvaluateStartConditionCmd.class, "builder");
    }
}
