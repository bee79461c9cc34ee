package com.lifeline.dormancy;

import com.lifeline.customer.Customer;
import com.lifeline.customer.CustomerService;
import com.lifeline.org.StaffNames;
import com.lifeline.privacy.TaskFormData;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;

/** The check form's summary, read from the store when it opens: number, status, owner, last interaction. */
@Component
class DormancyTaskFormData implements TaskFormData {

    private final RuntimeService runtime;
    private final DormancyChecks checks;
    private final CustomerService customers;
    private final StaffNames names;
    private final Clock clock;

    DormancyTaskFormData(RuntimeService runtime, DormancyChecks checks, CustomerService customers, StaffNames names,
                         Clock clock) {
        this.runtime = runtime;
        this.checks = checks;
        this.customers = customers;
        this.names = names;
        this.clock = clock;
    }

    @Override
    public Set<String> taskDefinitionKeys() {
        return Set.of(DormancyNotices.CHECK_TASK);
    }

    @Override
    public Map<String, Object> valuesFor(Task task) {
        DormancyCheck check = checks.find((Long) runtime.getVariable(task.getExecutionId(), DormancyVariables.CHECK_ID));
        Customer customer = customers.get(check.customerId());
        return Map.of("dormancySummary", "**休眠核查 " + check.customerNumber() + "**\n\n"
                + "- 状态:" + customer.status().label() + "\n"
                + "- 负责人:" + names.of(customer.ownerUserId()) + "\n"
                + "- 首次接触:" + LocalDate.ofInstant(customer.firstContactAt(), clock.getZone()) + "\n\n"
                + "该客户超过 6 个月没有跟进记录。请与负责人或客户核实:仍在联系(记为一次互动)、休眠(保留基本信息,停止营销使用)"
                + "或无效(提交删除申请,由部门负责人审批)。");
    }
}
