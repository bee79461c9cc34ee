package com.lifeline.deletion;

import com.lifeline.customer.CustomerSummary;
import com.lifeline.org.StaffNames;
import com.lifeline.privacy.TaskFormData;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

import java.util.Map;
import java.util.Set;

/** The approval form's summary, read from the store when it opens: the evidence never sits in the engine. */
@Component
class DeletionTaskFormData implements TaskFormData {

    private final RuntimeService runtime;
    private final DeletionRequests requests;
    private final StaffNames names;

    DeletionTaskFormData(RuntimeService runtime, DeletionRequests requests, StaffNames names) {
        this.runtime = runtime;
        this.requests = requests;
        this.names = names;
    }

    @Override
    public Set<String> taskDefinitionKeys() {
        return Set.of(DeletionEscalations.APPROVAL_TASK);
    }

    @Override
    public Map<String, Object> valuesFor(Task task) {
        DeletionRequest request = requests.find((Long) runtime.getVariable(task.getExecutionId(), DeletionVariables.REQUEST_ID));
        String requester = request.staffRequester() != null ? names.of(request.staffRequester())
                : request.byCustomer() ? "客户本人(经短信/邮件验证码确认)" : "系统(" + request.source().name() + ")";
        return Map.of("deletionSummary", "**删除客户 " + request.customerNumber() + "**\n\n"
                + "- 原因:" + request.reason().label() + "\n"
                + "- 申请人:" + requester + "\n"
                + "- 依据:" + CustomerSummary.escape(requests.evidenceOf(request)) + "\n\n"
                + "同意后该客户的个人资料、联系人、授权记录、变更记录及相关流程记录将被彻底删除,不可恢复;仅保留销毁记录。");
    }
}
