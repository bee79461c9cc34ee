package com.lifeline.verification;

public class AlreadyAnsweredException extends RuntimeException {

    public AlreadyAnsweredException() {
        super("您已答复过此确认请求,如需更改请联系您的客户经理");
    }
}
