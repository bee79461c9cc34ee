package com.lifeline.customer;

import com.lifeline.web.ClientErrorException;
import org.springframework.http.HttpStatus;

/** The user may see the customer but not do this to it. */
public class NotAllowedException extends ClientErrorException {

    public NotAllowedException(String message) {
        super(HttpStatus.FORBIDDEN, null, message);
    }
}
