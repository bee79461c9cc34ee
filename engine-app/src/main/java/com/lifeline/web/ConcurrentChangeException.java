package com.lifeline.web;

import org.springframework.http.HttpStatus;

/** Someone else handled the same thing a moment earlier (two people completing one task): nothing was changed. */
public class ConcurrentChangeException extends ClientErrorException {

    public ConcurrentChangeException(String message) {
        super(HttpStatus.CONFLICT, null, message);
    }
}
