package com.lifeline.schedules;

import com.lifeline.web.ClientErrorException;
import org.springframework.http.HttpStatus;

class UnknownScheduleException extends ClientErrorException {

    UnknownScheduleException(String group, String name) {
        super(HttpStatus.NOT_FOUND, null, "没有计划 " + group + "/" + name);
    }
}
