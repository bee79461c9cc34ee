package com.lifeline.change;

import com.lifeline.web.ClientErrorException;
import org.springframework.http.HttpStatus;

/** The contact id is none of the customer's current contacts (404). */
class ContactNotFoundException extends ClientErrorException {

    ContactNotFoundException(long contactId) {
        super(HttpStatus.NOT_FOUND, "contactId", "该客户没有这名紧急联系人(" + contactId + ")");
    }
}
