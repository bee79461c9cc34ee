package com.lifeline.deletion;

import com.lifeline.web.ClientErrorException;
import org.springframework.http.HttpStatus;

/** The customer has a deletion request waiting already: one at a time. */
public class OpenDeletionRequestException extends ClientErrorException {

    OpenDeletionRequestException(String customerNumber) {
        super(HttpStatus.CONFLICT, null, "客户 " + customerNumber + " 已有一个待处理的删除申请");
    }
}
