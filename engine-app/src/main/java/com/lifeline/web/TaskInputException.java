package com.lifeline.web;

import org.camunda.bpm.engine.ProcessEngineException;
import org.springframework.http.HttpStatus;

/**
 * A task form was submitted with a value the server refuses. The engine rolls the completion back
 * and Tasklist shows this message (400); it names the field and the reason, never a typed value.
 */
public class TaskInputException extends ProcessEngineException implements ClientError {

    private final String field;
    private final String reason;

    public TaskInputException(String field, String reason) {
        super(field + ":" + reason);
        this.field = field;
        this.reason = reason;
    }

    @Override
    public HttpStatus status() {
        return HttpStatus.BAD_REQUEST;
    }

    @Override
    public String field() {
        return field;
    }

    @Override
    public String message() {
        return reason;
    }
}
