package com.lifeline.export;

import com.lifeline.web.ClientErrorException;
import org.springframework.http.HttpStatus;

/** No such export, or not the caller's: the same answer, so another's export is not confirmed. */
class ExportNotFoundException extends ClientErrorException {

    ExportNotFoundException(long id) {
        super(HttpStatus.NOT_FOUND, null, "没有找到导出 " + id);
    }
}
