package com.lifeline.access;

import com.lifeline.customer.Customer;
import com.lifeline.customer.CustomerNotFoundException;
import com.lifeline.customer.CustomerScopes;
import com.lifeline.customer.CustomerService;
import com.lifeline.web.TaskInputException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

import java.util.Locale;

/**
 * Checks the submitted access-request start form on the server (form-js validates in the browser
 * only) and records the customer and its owner. Who approves is the model's: the approval
 * sub-process's input parameters name the approvers from the requester and the owner.
 * Refusing throws {@link TaskInputException}: nothing is started and Tasklist shows the message.
 */
@Component
public class AccessRequestStartListener implements ExecutionListener {

    private final CustomerService customers;
    private final CustomerScopes scopes;
    private final AccessProperties limits;

    AccessRequestStartListener(CustomerService customers, CustomerScopes scopes, AccessProperties limits) {
        this.customers = customers;
        this.scopes = scopes;
        this.limits = limits;
    }

    @Override
    public void notify(DelegateExecution execution) {
        String requester = (String) execution.getVariable(AccessVariables.REQUESTER);
        if (requester == null || requester.isBlank()) {
            throw new TaskInputException("申请人", "请登录后在 Tasklist 中提交申请");
        }
        Customer customer = customer(execution.getVariable(AccessVariables.CUSTOMER_NUMBER));
        String reason = reason(execution.getVariable(AccessVariables.REASON));
        int days = days(execution.getVariable(AccessVariables.DAYS));

        String owner = customer.ownerUserId();
        if (requester.equals(owner)) {
            throw new TaskInputException("客户编号", "该客户由您负责,无需申请");
        }
        if (scopes.ofUser(requester).owners().contains(owner)) {
            throw new TaskInputException("客户编号", "该客户属于您的团队或部门,已在您的权限范围内");
        }

        execution.setProcessBusinessKey(customer.customerNumber());
        execution.setVariable(AccessVariables.CUSTOMER_NUMBER, customer.customerNumber());
        execution.setVariable(AccessVariables.CUSTOMER_ID, customer.id());
        execution.setVariable(AccessVariables.REASON, reason);
        execution.setVariable(AccessVariables.DAYS, days);
        execution.setVariable(AccessVariables.OWNER, owner);
    }

    private Customer customer(Object value) {
        String number = value == null ? "" : value.toString().strip().toUpperCase(Locale.ROOT);
        if (number.isEmpty()) {
            throw new TaskInputException("客户编号", "必填");
        }
        if (!number.matches("[A-Z]{2,8}\\d{4}\\d{3,}")) {
            throw new TaskInputException("客户编号", "格式应为区域代码+年份+流水号,例如 SH2026001");
        }
        try {
            return customers.byNumber(number);
        } catch (CustomerNotFoundException e) {
            throw new TaskInputException("客户编号", "没有这个客户");
        }
    }

    private String reason(Object value) {
        String text = value == null ? "" : value.toString().strip();
        int length = text.codePointCount(0, text.length());
        if (length < limits.reasonMinLength() || length > limits.reasonMaxLength()) {
            throw new TaskInputException("申请理由", "请写明理由," + limits.reasonMinLength() + " 到 "
                    + limits.reasonMaxLength() + " 个字");
        }
        if (text.contains("<") || text.contains(">")) {
            throw new TaskInputException("申请理由", "不能包含 < 或 > 字符");
        }
        return text;
    }

    private int days(Object value) {
        long days;
        if (value instanceof Number number) {
            if (number.doubleValue() != Math.rint(number.doubleValue())) {
                throw outOfRange();
            }
            days = number.longValue();
        } else if (value instanceof String text && text.strip().matches("\\d{1,4}")) {
            days = Long.parseLong(text.strip());
        } else {
            throw outOfRange();
        }
        if (days < 1 || days > limits.maxDays()) {
            throw outOfRange();
        }
        return (int) days;
    }

    private TaskInputException outOfRange() {
        return new TaskInputException("访问期限", "请填写 1 到 " + limits.maxDays() + " 天的整数");
    }
}
