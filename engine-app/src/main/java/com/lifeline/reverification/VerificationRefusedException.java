package com.lifeline.reverification;

import com.lifeline.web.ClientErrorException;
import org.springframework.http.HttpStatus;

/** A verification link the owner may not send now: the verification is over, the contact is not one of it, or no consent. */
class VerificationRefusedException extends ClientErrorException {

    private VerificationRefusedException(HttpStatus status, String field, String message) {
        super(status, field, message);
    }

    static VerificationRefusedException closed() {
        return new VerificationRefusedException(HttpStatus.CONFLICT, null, "本次核实已结束");
    }

    static VerificationRefusedException noSuchContact() {
        return new VerificationRefusedException(HttpStatus.NOT_FOUND, "contactId", "该客户没有这名有效联系人");
    }

    static VerificationRefusedException noConsent() {
        return new VerificationRefusedException(HttpStatus.CONFLICT, "contactId", "该联系人未同意(或已撤回)服务联系,不能发送链接");
    }
}
