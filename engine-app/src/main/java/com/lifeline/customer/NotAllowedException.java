package com.lifeline.customer;

/** The user may see the customer but not do this to it. */
public class NotAllowedException extends RuntimeException {

    public NotAllowedException(String message) {
        super(message);
    }
}
