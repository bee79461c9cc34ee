package com.lifeline.export;

import com.lifeline.web.ClientErrorException;
import org.springframework.http.HttpStatus;

/** The export's period ended and its file was purged (410). */
class ExportGoneException extends ClientErrorException {

    ExportGoneException(long id) {
        super(HttpStatus.GONE, null, "导出 " + id + " 已过期,文件已删除;如仍需要请重新申请");
    }
}
