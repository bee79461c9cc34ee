package com.lifeline.export;

import com.lifeline.web.ClientErrorException;
import org.springframework.http.HttpStatus;

/** The export is not in a state for this (awaiting approval, rejected, archive made already): 409. */
class ExportStateException extends ClientErrorException {

    ExportStateException(String message) {
        super(HttpStatus.CONFLICT, null, message);
    }
}
