package com.lifeline.deletion;

import com.lifeline.web.ClientErrorException;
import org.springframework.http.HttpStatus;

/** A hold (open incident, open export, legal hold) keeps the customer: nothing was requested. */
public class CustomerHeldException extends ClientErrorException {

    CustomerHeldException(String customerNumber, String holdReason) {
        super(HttpStatus.CONFLICT, null, "客户 " + customerNumber + " 暂不能删除:" + holdReason);
    }
}
