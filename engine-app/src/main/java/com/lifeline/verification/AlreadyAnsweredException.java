package com.lifeline.verification;

import com.lifeline.web.ClientErrorException;
import org.springframework.http.HttpStatus;

public class AlreadyAnsweredException extends ClientErrorException {

    public AlreadyAnsweredException() {
        super(HttpStatus.CONFLICT, null, "您已答复过此确认请求,如需更改请联系您的客户经理");
    }
}
