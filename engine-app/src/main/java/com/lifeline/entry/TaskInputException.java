package com.lifeline.entry;

import org.camunda.bpm.engine.ProcessEngineException;

/**
 * A task form was submitted with a value the server refuses. The engine rolls the completion back
 * and Tasklist shows this message; it names the field and the reason, never a typed value.
 */
public class TaskInputException extends ProcessEngineException {

    public TaskInputException(String field, String reason) {
        super(field + ":" + reason);
    }
}
