package com.lifeline.customer;

import com.lifeline.web.ClientErrorException;
import org.springframework.http.HttpStatus;

/** No customer with that number, or none the caller may see: both read as "not found". */
public class CustomerNotFoundException extends ClientErrorException {

    public CustomerNotFoundException(String customerNumber) {
        super(HttpStatus.NOT_FOUND, null, "客户 " + customerNumber + " 不存在");
    }
}
