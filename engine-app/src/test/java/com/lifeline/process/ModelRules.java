package com.lifeline.process;

import com.lifeline.calendar.WorkingDayExpression;
import com.lifeline.taskkind.TaskKind;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.pvm.delegate.ActivityBehavior;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.Activity;
import org.camunda.bpm.model.bpmn.instance.BoundaryEvent;
import org.camunda.bpm.model.bpmn.instance.BusinessRuleTask;
import org.camunda.bpm.model.bpmn.instance.ConditionExpression;
import org.camunda.bpm.model.bpmn.instance.MessageEventDefinition;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.ScriptTask;
import org.camunda.bpm.model.bpmn.instance.SendTask;
import org.camunda.bpm.model.bpmn.instance.ServiceTask;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.TimerEventDefinition;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaExecutionListener;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperty;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaScript;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaTaskListener;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The project's own rules for BPMN models, beyond what the engine's parser and bpmnlint check. Pure:
 * it gets the Spring beans and form ids it checks against from the caller, so a test can feed it a
 * broken model and see each rule fire ({@link ModelRulesCheckerTest}); {@link ModelRulesTest} runs it
 * over processes/ with the real Spring context.
 *
 * <ul>
 *   <li>every {@code camunda:delegateExpression} is {@code ${beanName}} and names a bean of the type
 *       its use needs (JavaDelegate for tasks and message events, ExecutionListener, TaskListener);</li>
 *   <li>every user task has a {@code camunda:formRef} to a form in forms/ with a {@code formRefBinding},
 *       and an assignee or candidate group; start forms too have a binding and an existing form;</li>
 *   <li>a user task's {@code camunda:dueDate} and a timer on a user task (staff deadlines) are in
 *       working days ({@code N working day(s)}) or an expression, never plain ISO days;</li>
 *   <li>a user task named like an approval (审批, 复核) declares its {@code lifeline.taskKind}, so 待我审批 and
 *       the digest find it; a kind is a short lower-case word, and only on user tasks (elsewhere it does nothing);</li>
 *   <li>every executable process has {@code historyTimeToLive};</li>
 *   <li>no script tasks, script listeners or script conditions.</li>
 * </ul>
 */
final class ModelRules {

    /** {@code ${beanName}} (or {@code #{beanName}}): the only delegate expression form the rules can check. */
    private static final Pattern BEAN_REFERENCE = Pattern.compile("^[$#]\\{\\s*([A-Za-z_][A-Za-z0-9_]*)\\s*}$");
    private static final Pattern APPROVAL_NAME = Pattern.compile("审批|复核");
    private static final Pattern KIND = Pattern.compile("[a-z][a-z-]{0,31}");

    private final Function<String, Optional<Class<?>>> beanTypes;
    private final Set<String> formIds;

    /**
     * @param beanTypes the type of the Spring bean with that name, empty if there is none
     * @param formIds   the ids of the forms in forms/ (what {@code camunda:formRef} names)
     */
    ModelRules(Function<String, Optional<Class<?>>> beanTypes, Set<String> formIds) {
        this.beanTypes = beanTypes;
        this.formIds = formIds;
    }

    /** Everything wrong with the model, one line each, naming the element; empty if it keeps every rule. */
    List<String> check(BpmnModelInstance model) {
        List<String> problems = new ArrayList<>();
        checkHistoryTimeToLive(model, problems);
        checkDelegates(model, problems);
        checkUserTasks(model, problems);
        checkStartForms(model, problems);
        checkStaffTimers(model, problems);
        checkTaskKinds(model, problems);
        checkNoScripts(model, problems);
        return problems;
    }

    private void checkHistoryTimeToLive(BpmnModelInstance model, List<String> problems) {
        for (Process process : model.getModelElementsByType(Process.class)) {
            if (process.isExecutable() && isBlank(process.getCamundaHistoryTimeToLiveString())) {
                problems.add(process.getId() + ": executable process without camunda:historyTimeToLive");
            }
        }
    }

    private void checkDelegates(BpmnModelInstance model, List<String> problems) {
        for (ServiceTask task : model.getModelElementsByType(ServiceTask.class)) {
            checkBean(task.getId(), task.getCamundaDelegateExpression(), JavaDelegate.class, problems);
        }
        for (SendTask task : model.getModelElementsByType(SendTask.class)) {
            checkBean(task.getId(), task.getCamundaDelegateExpression(), JavaDelegate.class, problems);
        }
        for (BusinessRuleTask task : model.getModelElementsByType(BusinessRuleTask.class)) {
            checkBean(task.getId(), task.getCamundaDelegateExpression(), JavaDelegate.class, problems);
        }
        for (MessageEventDefinition message : model.getModelElementsByType(MessageEventDefinition.class)) {
            checkBean(ownerId(message), message.getCamundaDelegateExpression(), JavaDelegate.class, problems);
        }
        for (CamundaExecutionListener listener : model.getModelElementsByType(CamundaExecutionListener.class)) {
            checkBean(ownerId(listener) + " execution listener (" + listener.getCamundaEvent() + ")",
                    listener.getCamundaDelegateExpression(), ExecutionListener.class, problems);
        }
        for (CamundaTaskListener listener : model.getModelElementsByType(CamundaTaskListener.class)) {
            checkBean(ownerId(listener) + " task listener (" + listener.getCamundaEvent() + ")",
                    listener.getCamundaDelegateExpression(), TaskListener.class, problems);
        }
    }

    private void checkBean(String where, String expression, Class<?> needed, List<String> problems) {
        if (expression == null) {
            return;
        }
        Matcher bean = BEAN_REFERENCE.matcher(expression.strip());
        if (!bean.matches()) {
            problems.add(where + ": delegateExpression " + expression + " is not ${beanName}, so no check can find its bean");
            return;
        }
        String name = bean.group(1);
        Optional<Class<?>> type = beanTypes.apply(name);
        if (type.isEmpty()) {
            problems.add(where + ": delegateExpression " + expression + " names no Spring bean");
        } else if (!needed.isAssignableFrom(type.get())
                && !(needed == JavaDelegate.class && ActivityBehavior.class.isAssignableFrom(type.get()))) {
            problems.add(where + ": bean " + name + " is a " + type.get().getName() + ", not a " + needed.getSimpleName());
        }
    }

    private void checkUserTasks(BpmnModelInstance model, List<String> problems) {
        for (UserTask task : model.getModelElementsByType(UserTask.class)) {
            if (isBlank(task.getCamundaFormRef())) {
                problems.add(task.getId() + ": user task without camunda:formRef (a Camunda Form from forms/)");
            } else {
                checkForm(task.getId(), task.getCamundaFormRef(), task.getCamundaFormRefBinding(), problems);
            }
            if (isBlank(task.getCamundaAssignee()) && isBlank(task.getCamundaCandidateGroups())) {
                problems.add(task.getId() + ": user task with neither an assignee nor a candidate group: nobody would see it");
            }
            String due = task.getCamundaDueDate();
            if (due != null && !isWorkingDaysOrExpression(due)) {
                problems.add(task.getId() + ": dueDate \"" + due + "\" is not in working days: write e.g. \"1 working day\"");
            }
        }
    }

    private void checkStartForms(BpmnModelInstance model, List<String> problems) {
        for (StartEvent start : model.getModelElementsByType(StartEvent.class)) {
            if (!isBlank(start.getCamundaFormRef())) {
                checkForm(start.getId(), start.getCamundaFormRef(), start.getCamundaFormRefBinding(), problems);
            }
        }
    }

    private void checkForm(String where, String formRef, String binding, List<String> problems) {
        if (binding == null || !Set.of("deployment", "latest", "version").contains(binding)) {
            problems.add(where + ": formRef " + formRef + " without camunda:formRefBinding (deployment fails, ENGINE-09005)");
        }
        if (!isExpression(formRef) && !formIds.contains(formRef)) {
            problems.add(where + ": formRef " + formRef + " names no form in forms/ (known: " + formIds + ")");
        }
    }

    /**
     * A timer on a user task is a staff deadline (overdue, escalation): the working-day rule applies, as to
     * the task's due date. Timers elsewhere (waiting for a customer) count calendar days and may use ISO.
     */
    private void checkStaffTimers(BpmnModelInstance model, List<String> problems) {
        for (BoundaryEvent boundary : model.getModelElementsByType(BoundaryEvent.class)) {
            Activity attachedTo = boundary.getAttachedTo();
            if (!(attachedTo instanceof UserTask)) {
                continue;
            }
            for (TimerEventDefinition timer : boundary.getChildElementsByType(TimerEventDefinition.class)) {
                if (timer.getTimeCycle() != null) {
                    problems.add(boundary.getId() + ": timer cycle on user task " + attachedTo.getId()
                            + ": staff deadlines are a duration in working days");
                }
                for (var value : new ModelElementInstance[]{timer.getTimeDuration(), timer.getTimeDate()}) {
                    if (value != null && !isWorkingDaysOrExpression(value.getTextContent())) {
                        problems.add(boundary.getId() + ": timer \"" + value.getTextContent().strip() + "\" on user task "
                                + attachedTo.getId() + " is not in working days: write e.g. \"1 working day\"");
                    }
                }
            }
        }
    }

    private void checkTaskKinds(BpmnModelInstance model, List<String> problems) {
        Set<String> kinded = new java.util.HashSet<>();
        for (CamundaProperty property : model.getModelElementsByType(CamundaProperty.class)) {
            if (!TaskKind.PROPERTY.equals(property.getCamundaName())) {
                continue;
            }
            String owner = ownerId(property);
            String value = property.getCamundaValue();
            if (!(model.getModelElementById(owner) instanceof UserTask)) {
                problems.add(owner + ": " + TaskKind.PROPERTY + " on an element that is not a user task: it reaches no task");
            } else if (value == null || !KIND.matcher(value).matches()) {
                problems.add(owner + ": " + TaskKind.PROPERTY + " \"" + value + "\" is not a short lower-case word (approval, call, ...)");
            } else {
                kinded.add(owner);
            }
        }
        for (UserTask task : model.getModelElementsByType(UserTask.class)) {
            if (task.getName() != null && APPROVAL_NAME.matcher(task.getName()).find() && !kinded.contains(task.getId())) {
                problems.add(task.getId() + ": named like an approval (\"" + task.getName() + "\") without " + TaskKind.PROPERTY
                        + ": add <camunda:property name=\"" + TaskKind.PROPERTY + "\" value=\"approval\" /> so 待我审批 and the digest find it");
            }
        }
    }

    private void checkNoScripts(BpmnModelInstance model, List<String> problems) {
        for (ScriptTask task : model.getModelElementsByType(ScriptTask.class)) {
            problems.add(task.getId() + ": script task: put the logic in a Java delegate bean");
        }
        for (CamundaScript script : model.getModelElementsByType(CamundaScript.class)) {
            problems.add(ownerId(script) + ": camunda:script (" + script.getCamundaScriptFormat()
                    + ") in a listener or mapping: use a delegate bean");
        }
        for (ConditionExpression condition : model.getModelElementsByType(ConditionExpression.class)) {
            if (condition.getLanguage() != null) {
                problems.add(ownerId(condition) + ": condition in script language " + condition.getLanguage()
                        + ": use an expression ${...}");
            }
        }
    }

    private static boolean isWorkingDaysOrExpression(String value) {
        return isExpression(value) || WorkingDayExpression.parse(value).isPresent();
    }

    private static boolean isExpression(String value) {
        return value.contains("${") || value.contains("#{");
    }

    /** The id of the nearest enclosing element that has one (listeners and definitions have none of their own). */
    private static String ownerId(ModelElementInstance element) {
        for (ModelElementInstance e = element; e != null; e = e.getParentElement()) {
            String id = e.getAttributeValue("id");
            if (id != null && !(e instanceof MessageEventDefinition) && !(e instanceof TimerEventDefinition)) {
                return id;
            }
        }
        return "?";
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}
