package com.lifeline.formguard;

import com.lifeline.privacy.TaskFormData;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.value.ObjectValue;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import java.util.function.Predicate;

/**
 * A logged-in user may set only what a form declares: a start form or task completion carries only the
 * fields of the element's Camunda Form (plus the model's {@code lifeline.allowedVariables}); a
 * read-only field only with the value it has; variables are never set or removed on their own (except by
 * camunda-admin, whose Cockpit edits variables to repair instances), nor sent with a message, signal or
 * condition; a task is never left by throwing a BPMN error or escalation; and a process starts only at
 * its start event. Anything else is refused with
 * {@link FieldRefusedException} (400, naming the field) before the command runs, so nothing changes.
 *
 * <p>One command interceptor covers every way in: /engine-rest, the webapps' engine API behind
 * Tasklist, and the Java API. "A user's command" is the outermost command while the engine has a
 * current authentication (which the REST and webapp filters set for each request) and not inside
 * {@link ApplicationCalls}. Commands of delegates and listeners run nested in another command, and
 * jobs and start-up code run with no authentication, so they keep setting their variables.
 * See docs/security.md.
 */
@Component
public class FormFieldGuard extends AbstractProcessEnginePlugin {

    private final ObjectProvider<TaskFormData> formData;

    /** The providers are looked up when a form is checked: they need the engine this plugin helps build. */
    public FormFieldGuard(ObjectProvider<TaskFormData> formData) {
        this.formData = formData;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        Submissions.verifyFields();
        configuration.setCustomPreCommandInterceptorsTxRequired(
                with(configuration.getCustomPreCommandInterceptorsTxRequired(), new Interceptor(configuration, formData)));
        configuration.setCustomPreCommandInterceptorsTxRequiresNew(
                with(configuration.getCustomPreCommandInterceptorsTxRequiresNew(), new Interceptor(configuration, formData)));
    }

    private static List<CommandInterceptor> with(List<CommandInterceptor> existing, CommandInterceptor added) {
        List<CommandInterceptor> list = existing == null ? new ArrayList<>() : new ArrayList<>(existing);
        list.add(added);
        return list;
    }

    static final class Interceptor extends CommandInterceptor {

        private final ProcessEngineConfigurationImpl engine;
        private final DeclaredFieldsReader declared;

        Interceptor(ProcessEngineConfigurationImpl engine, ObjectProvider<TaskFormData> formData) {
            this.engine = engine;
            this.declared = new DeclaredFieldsReader(engine, formData);
        }

        @Override
        public <T> T execute(Command<T> command) {
            Authentication user = currentUser();
            if (user != null) {
                Submissions.of(command).ifPresent(submission -> check(submission, user));
            }
            return next.execute(command);
        }

        /** The logged-in user who issued this command directly, or null (nested, system or application call). */
        private Authentication currentUser() {
            if (Context.getCommandContext() != null || ApplicationCalls.active()) {
                return null;
            }
            Authentication current = engine.getIdentityService().getCurrentAuthentication();
            return current == null || current.getUserId() == null ? null : current;
        }

        private void check(Submission submission, Authentication user) {
            if (submission instanceof Submission.Start start) {
                checkStart(start);
            } else if (submission instanceof Submission.TaskForm form) {
                checkTaskForm(form);
            } else if (submission instanceof Submission.TaskEvent) {
                // an uncaught error would silently end the task; a caught one would skip the task's checks
                throw FieldRefusedException.taskEvent();
            } else if (submission instanceof Submission.DirectVariables direct) {
                if (!isAdmin(user) && !direct.names().isEmpty()) {
                    throw FieldRefusedException.onlyThroughForm(new TreeSet<>(direct.names()));
                }
            } else if (submission instanceof Submission.EventPayload payload && !payload.names().isEmpty()) {
                throw FieldRefusedException.notWithEvent(new TreeSet<>(payload.names()));
            }
        }

        private void checkStart(Submission.Start start) {
            if (start.atActivities()) {
                throw FieldRefusedException.startInstructions();
            }
            if (start.variables() == null || start.variables().isEmpty()) {
                return;
            }
            DeclaredFields fields = declared.forStart(start.processDefinitionId(), start.processDefinitionKey());
            if (fields != null) { // else no such process: the engine answers that
                // a read-only field of a start form has no value yet
                refuseUndeclared(start.variables(), fields, name -> isBlank(submitted(start.variables(), name)));
            }
        }

        private void checkTaskForm(Submission.TaskForm form) {
            if (form.variables() == null || form.variables().isEmpty()) {
                return;
            }
            DeclaredFields fields = declared.forTask(form.taskId());
            if (fields != null) { // else no such task: the engine answers that
                refuseUndeclared(form.variables(), fields, name ->
                        sameValue(submitted(form.variables(), name), declared.currentValue(form.taskId(), name)));
            }
        }

        /** Refuses, naming them in order, the variables the form does not declare, then read-only ones changed. */
        private static void refuseUndeclared(Map<String, Object> variables, DeclaredFields fields,
                                             Predicate<String> unchangedDisplayOnly) {
            List<String> foreign = new ArrayList<>();
            List<String> changed = new ArrayList<>();
            for (String name : new TreeSet<>(variables.keySet())) {
                if (fields.displayOnly().contains(name)) {
                    if (!unchangedDisplayOnly.test(name)) {
                        changed.add(name);
                    }
                } else if (!fields.editable().contains(name)) {
                    foreign.add(name);
                }
            }
            if (!foreign.isEmpty()) {
                throw FieldRefusedException.notInForm(foreign);
            }
            if (!changed.isEmpty()) {
                throw FieldRefusedException.readOnly(changed);
            }
        }

        private static boolean isAdmin(Authentication user) {
            return user.getGroupIds() != null && user.getGroupIds().contains(Groups.CAMUNDA_ADMIN);
        }

        private static Object submitted(Map<String, Object> variables, String name) {
            return variables instanceof VariableMap typed ? typed.getValueTyped(name) : variables.get(name);
        }

        private static boolean sameValue(Object submitted, Object current) {
            return Objects.equals(comparable(submitted), comparable(current));
        }

        private static boolean isBlank(Object value) {
            return comparable(value).isEmpty();
        }

        /** A typed or plain value as text; a serialized object by its serialized form. */
        private static String comparable(Object value) {
            if (value instanceof ObjectValue object && !object.isDeserialized()) {
                return Objects.toString(object.getValueSerialized(), "");
            }
            if (value instanceof TypedValue typed) {
                return Objects.toString(typed.getValue(), "");
            }
            return Objects.toString(value, "");
        }
    }
}
