package com.lifeline.formguard;

import jakarta.ws.rs.core.Response;
import org.camunda.bpm.engine.rest.exception.InvalidRequestException;

import java.util.Collection;

/**
 * A user sent a variable the form does not let them set; the command was refused before it ran.
 *
 * <p>A {@link org.camunda.bpm.engine.rest.exception.RestException} on purpose: Camunda's REST resources
 * (both /engine-rest and the webapps' engine API) turn most engine exceptions into 500 (task complete,
 * process start, variable PATCH/DELETE), but every one of them keeps the status of a RestException,
 * so this answers 400 wherever it is thrown. Java callers see a plain RuntimeException.
 */
public class FieldRefusedException extends InvalidRequestException {

    private FieldRefusedException(Collection<String> fields, String reason) {
        this("字段 " + String.join("、", fields) + " " + reason);
    }

    private FieldRefusedException(String message) {
        super(Response.Status.BAD_REQUEST, message);
    }

    static FieldRefusedException notInForm(Collection<String> fields) {
        return new FieldRefusedException(fields, "不是该表单的字段");
    }

    static FieldRefusedException readOnly(Collection<String> fields) {
        return new FieldRefusedException(fields, "是只读字段,不能修改");
    }

    static FieldRefusedException onlyThroughForm(Collection<String> fields) {
        return new FieldRefusedException(fields, "不能单独修改,只能通过提交任务表单设置");
    }

    static FieldRefusedException notWithEvent(Collection<String> fields) {
        return new FieldRefusedException(fields, "不能随消息、信号或条件提交");
    }

    static FieldRefusedException taskEvent() {
        return new FieldRefusedException("任务只能通过提交表单完成,不能由用户抛出 BPMN 错误或升级事件");
    }

    static FieldRefusedException startInstructions() {
        return new FieldRefusedException("流程只能从开始事件启动,不能指定从哪一步开始");
    }
}
