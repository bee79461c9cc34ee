package com.lifeline.web;

import org.springframework.http.HttpStatus;

/** A request value the server refuses, with the field it concerns. */
public class InvalidRequestException extends ClientErrorException {

    public InvalidRequestException(String field, String message) {
        super(HttpStatus.BAD_REQUEST, field, message);
    }
}
