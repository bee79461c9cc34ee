package com.lifeline.consent;

import com.lifeline.web.ClientErrorException;
import org.springframework.http.HttpStatus;

/** A withdrawal of a purpose the current consent does not cover (never given, or withdrawn already): nothing changed. */
public class PurposeNotConsentedException extends ClientErrorException {

    public PurposeNotConsentedException(ConsentPurpose purpose) {
        super(HttpStatus.CONFLICT, "purpose", "此用途(" + purpose.name() + ")未获授权或已撤回");
    }
}
