package com.lifeline.web;

import org.springframework.http.HttpStatus;

/** Base of the app's own {@link ClientError}s. */
public class ClientErrorException extends RuntimeException implements ClientError {

    private final HttpStatus status;
    private final String field;

    protected ClientErrorException(HttpStatus status, String field, String message) {
        super(message);
        this.status = status;
        this.field = field;
    }

    @Override
    public HttpStatus status() {
        return status;
    }

    @Override
    public String field() {
        return field;
    }
}
