package com.lifeline.handover;

import com.lifeline.web.TaskInputException;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

/**
 * Only a member of camunda-admin may start a handover; the leaver and the successor must be two
 * existing users and the successor must be active. Refusing throws {@link TaskInputException}:
 * nothing starts and Tasklist shows the message.
 */
@Component
public class HandoverStartListener implements ExecutionListener {

    /** org_member and customer.owner_user_id hold 64 characters. */
    static final int MAX_USER_ID = 64;

    private final IdentityService identity;
    private final StaffAccounts accounts;
    private final int maxNote;

    HandoverStartListener(IdentityService identity, StaffAccounts accounts, HandoverProperties limits) {
        this.identity = identity;
        this.accounts = accounts;
        this.maxNote = limits.noteMaxLength();
    }

    @Override
    public void notify(DelegateExecution execution) {
        Authentication current = identity.getCurrentAuthentication();
        if (current == null || current.getGroupIds() == null || !current.getGroupIds().contains(Groups.CAMUNDA_ADMIN)) {
            throw new TaskInputException("发起人", "只有系统管理员(camunda-admin 组成员)可以发起员工离职交接");
        }
        String leaver = userId(execution.getVariable(HandoverVariables.LEAVER), "离职人员");
        String successor = userId(execution.getVariable(HandoverVariables.SUCCESSOR), "接任人");
        if (leaver.equals(successor)) {
            throw new TaskInputException("接任人", "不能与离职人员相同");
        }
        if (accounts.isDisabled(successor)) {
            throw new TaskInputException("接任人", "该用户已停用,请选择在职员工");
        }
        Object noteValue = execution.getVariable(HandoverVariables.NOTE);
        String note = noteValue == null ? "" : noteValue.toString().strip();
        if (note.length() > maxNote) {
            throw new TaskInputException("备注", "最多 " + maxNote + " 个字符");
        }
        if (note.contains("<") || note.contains(">")) {
            throw new TaskInputException("备注", "不能包含 < 或 > 字符");
        }
        execution.setProcessBusinessKey(leaver);
        execution.setVariable(HandoverVariables.LEAVER, leaver);
        execution.setVariable(HandoverVariables.SUCCESSOR, successor);
        execution.setVariable(HandoverVariables.NOTE, note);
    }

    private String userId(Object value, String field) {
        String id = value == null ? "" : value.toString().strip();
        if (id.isEmpty()) {
            throw new TaskInputException(field, "必填");
        }
        if (id.length() > MAX_USER_ID || !accounts.exists(id)) {
            throw new TaskInputException(field, "没有这个用户");
        }
        return id;
    }
}
