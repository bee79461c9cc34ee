package com.lifeline.formguard;

import jakarta.ws.rs.core.Response;
import org.camunda.bpm.engine.rest.exception.InvalidRequestException;

/**
 * A user sent a variable the form does not let them set; the command was refused before it ran.
 *
 * <p>A {@link org.camunda.bpm.engine.rest.exception.RestException} on purpose: Camunda's REST resources
 * (both /engine-rest and the webapps' engine API) turn most engine exceptions into 500 (task complete,
 * process start, variable PATCH/DELETE), but every one of them keeps the status of a RestException,
 * so this answers 400 wherever it is thrown. Java callers see a plain RuntimeException.
 */
public class FieldRefusedException extends InvalidRequestException {

    private final String field;

    FieldRefusedException(String field, String message) {
        super(Response.Status.BAD_REQUEST, message);
        this.field = field;
    }

    static FieldRefusedException notInForm(String field) {
        return new FieldRefusedException(field, "字段 " + field + " 不是该表单的字段");
    }

    static FieldRefusedException readOnly(String field) {
        return new FieldRefusedException(field, "字段 " + field + " 是只读字段,不能修改");
    }

    static FieldRefusedException onlyThroughForm(String field) {
        return new FieldRefusedException(field, "字段 " + field + " 不能单独修改,只能通过提交任务表单设置");
    }

    static FieldRefusedException notWithEvent(String field) {
        return new FieldRefusedException(field, "字段 " + field + " 不能随消息、信号或条件提交");
    }

    static FieldRefusedException startInstructions() {
        return new FieldRefusedException(null, "流程只能从开始事件启动,不能指定从哪一步开始");
    }

    /** The refused variable's name (null when the whole request shape is refused). */
    public String field() {
        return field;
    }
}
