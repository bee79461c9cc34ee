package com.lifeline.reverification;

import com.lifeline.web.ClientErrorException;
import org.springframework.http.HttpStatus;

/** A contact's link that is unknown, altered or expired (404), or already answered / its verification over (409). */
class ContactLinkRefusedException extends ClientErrorException {

    private ContactLinkRefusedException(HttpStatus status, String message) {
        super(status, null, message);
    }

    static ContactLinkRefusedException invalid() {
        return new ContactLinkRefusedException(HttpStatus.NOT_FOUND, "链接无效或已过期");
    }

    static ContactLinkRefusedException answered() {
        return new ContactLinkRefusedException(HttpStatus.CONFLICT, "您已确认过,谢谢");
    }
}
