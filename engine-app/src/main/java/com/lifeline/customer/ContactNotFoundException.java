package com.lifeline.customer;

import com.lifeline.web.ClientErrorException;
import org.springframework.http.HttpStatus;

/** No such current contact of the customer (or none the caller may see): "not found". */
public class ContactNotFoundException extends ClientErrorException {

    public ContactNotFoundException(long contactId) {
        super(HttpStatus.NOT_FOUND, null, "联系人 " + contactId + " 不存在");
    }
}
