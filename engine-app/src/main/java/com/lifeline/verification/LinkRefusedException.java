package com.lifeline.verification;

import com.lifeline.web.ClientErrorException;
import org.springframework.http.HttpStatus;

/** A forged, altered, expired or unknown link: the page says so, without telling which. */
public class LinkRefusedException extends ClientErrorException {

    public LinkRefusedException() {
        super(HttpStatus.NOT_FOUND, null, "链接无效或已过期,请联系您的客户经理");
    }
}
