package com.lifeline.change;

import com.lifeline.web.ClientErrorException;
import org.springframework.http.HttpStatus;

/** A change link that is forged, altered, expired or of a change that is gone: 404, as if it never existed. */
class ChangeLinkRefusedException extends ClientErrorException {

    ChangeLinkRefusedException() {
        super(HttpStatus.NOT_FOUND, null, "链接无效或已过期");
    }
}
