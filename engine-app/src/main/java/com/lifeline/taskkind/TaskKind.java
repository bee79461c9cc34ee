package com.lifeline.taskkind;

import org.camunda.bpm.engine.task.TaskQuery;

/**
 * The sort of work a user task is, declared in its model as the extension property
 * {@code <camunda:property name="lifeline.taskKind" value="approval" />}: a short lower-case word
 * ({@code approval} for reviews and approvals; {@code call}, {@code verification}, {@code data-steward},
 * {@code review}). {@link TaskKindPlugin} copies it into each task created there as the task-local
 * variable {@link #VARIABLE}, so a task query finds every task of a kind, of any model, by
 * {@link #of(TaskQuery, String)} and never by an id pattern.
 */
public final class TaskKind {

    public static final String PROPERTY = "lifeline.taskKind";
    public static final String VARIABLE = "lifelineTaskKind";

    public static final String APPROVAL = "approval";
    public static final String CALL = "call";
    /** obtaining a replacement for an emergency contact nobody can reach (contact-replacement.bpmn) */
    public static final String CONTACT_REPLACEMENT = "contact-replacement";
    public static final String DATA_STEWARD = "data-steward";
    public static final String FOLLOW_UP = "follow-up";
    public static final String VERIFICATION = "verification";

    private TaskKind() {
    }

    /** The query narrowed to tasks of this kind. */
    public static TaskQuery of(TaskQuery query, String kind) {
        return query.taskVariableValueEquals(VARIABLE, kind);
    }
}
