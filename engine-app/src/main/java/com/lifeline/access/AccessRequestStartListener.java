package com.lifeline.access;

import com.lifeline.customer.Customer;
import com.lifeline.customer.CustomerNotFoundException;
import com.lifeline.customer.CustomerService;
import com.lifeline.web.TaskInputException;
import com.lifeline.org.NotInOrgChartException;
import com.lifeline.org.OrgChart;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.util.Locale;

/**
 * Checks the submitted access-request start form on the server (form-js validates in the browser
 * only) and routes it: the requester's supervisor and the customer owner's supervisor approve.
 * Refusing throws {@link TaskInputException}: nothing is started and Tasklist shows the message.
 */
@Component
public class AccessRequestStartListener implements ExecutionListener {

    static final int MIN_REASON = 5;
    static final int MAX_REASON = 500;

    private final CustomerService customers;
    private final OrgChart org;
    private final int maxDays;

    AccessRequestStartListener(CustomerService customers, OrgChart org,
                               @Value("${lifeline.access.max-days:30}") int maxDays) {
        this.customers = customers;
        this.org = org;
        this.maxDays = maxDays;
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
        String requesterSupervisor;
        try {
            requesterSupervisor = org.supervisorOf(requester);
        } catch (NotInOrgChartException e) {
            throw new TaskInputException("申请人", "您在组织架构中没有直属主管,请管理员先维护组织架构");
        }
        String ownerSupervisor;
        try {
            ownerSupervisor = org.supervisorOf(owner);
        } catch (NotInOrgChartException e) {
            throw new TaskInputException("客户编号", "该客户的负责人没有直属主管,请管理员先维护组织架构");
        }
        if (requester.equals(ownerSupervisor)) {
            throw new TaskInputException("客户编号", "该客户属于您的团队,已在您的权限范围内");
        }

        execution.setProcessBusinessKey(customer.customerNumber());
        execution.setVariable(AccessVariables.CUSTOMER_NUMBER, customer.customerNumber());
        execution.setVariable(AccessVariables.CUSTOMER_ID, customer.id());
        execution.setVariable(AccessVariables.REASON, reason);
        execution.setVariable(AccessVariables.DAYS, days);
        execution.setVariable(AccessVariables.REQUESTER_SUPERVISOR, requesterSupervisor);
        execution.setVariable(AccessVariables.OWNER_SUPERVISOR, ownerSupervisor);
        execution.setVariable(AccessVariables.SAME_APPROVER, requesterSupervisor.equals(ownerSupervisor));
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

    private static String reason(Object value) {
        String text = value == null ? "" : value.toString().strip();
        if (text.codePointCount(0, text.length()) < MIN_REASON || text.codePointCount(0, text.length()) > MAX_REASON) {
            throw new TaskInputException("申请理由", "请写明理由," + MIN_REASON + " 到 " + MAX_REASON + " 个字");
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
        if (days < 1 || days > maxDays) {
            throw outOfRange();
        }
        return (int) days;
    }

    private TaskInputException outOfRange() {
        return new TaskInputException("访问期限", "请填写 1 到 " + maxDays + " 天的整数");
    }
}
