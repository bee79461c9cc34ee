package com.lifeline.privacy;

import org.camunda.bpm.engine.task.Task;

import java.util.Map;
import java.util.Set;

/**
 * Supplies the personal data a task's form shows (read from the customer store when the form
 * loads), so that data never has to live in process variables.
 */
public interface TaskFormData {

    /** The BPMN ids of the user tasks this provider serves. */
    Set<String> taskDefinitionKeys();

    /** Form field values by key: Strings and Booleans. */
    Map<String, Object> valuesFor(Task task);
}
