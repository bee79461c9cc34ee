package com.lifeline.export;

import com.lifeline.web.ClientErrorException;
import org.springframework.http.HttpStatus;

/** The archive was downloaded as often as allowed (429). */
class DownloadLimitException extends ClientErrorException {

    DownloadLimitException(long id, int limit) {
        super(HttpStatus.TOO_MANY_REQUESTS, null, "导出 " + id + " 最多下载 " + limit + " 次,已用完");
    }
}
