package com.lifeline.web;

import org.springframework.http.HttpStatus;

/**
 * An error the caller caused or can resolve, carrying how to answer it: the HTTP status, the field it
 * concerns (null: the whole request) and a plain message that never repeats a typed value. The API and
 * the engine's REST answer every such error the same way, without knowing the feature that threw it.
 */
public interface ClientError {

    HttpStatus status();

    default String field() {
        return null;
    }

    /** What to tell the caller; the exception's message unless it carries more (such as the field). */
    default String message() {
        return ((Throwable) this).getMessage();
    }
}
