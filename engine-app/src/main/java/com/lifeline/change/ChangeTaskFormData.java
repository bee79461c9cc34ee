package com.lifeline.change;

import com.lifeline.customer.Customer;
import com.lifeline.customer.CustomerEdits;
import com.lifeline.customer.CustomerService;
import com.lifeline.customer.CustomerSummary;
import com.lifeline.privacy.TaskFormData;
import com.lifeline.verification.CustomerConfirmations;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The change tasks' forms, read from the store when they open: the record as it is now (with the version
 * it was read at) and what the change is about, the customer's correction request or remark included.
 */
@Component
class ChangeTaskFormData implements TaskFormData {

    static final String EDIT_TASK = "Task_EditChange";
    static final String CALL_TASK = "Task_CallCustomer";
    static final String REFUSAL_TASK = "Task_ReviewRefusal";

    private final RuntimeService runtime;
    private final CustomerChanges changes;
    private final CustomerService customers;
    private final CustomerEdits edits;
    private final CustomerConfirmations corrections;

    ChangeTaskFormData(RuntimeService runtime, CustomerChanges changes, CustomerService customers, CustomerEdits edits,
                       CustomerConfirmations corrections) {
        this.runtime = runtime;
        this.changes = changes;
        this.customers = customers;
        this.edits = edits;
        this.corrections = corrections;
    }

    @Override
    public Set<String> taskDefinitionKeys() {
        return Set.of(EDIT_TASK, CALL_TASK, REFUSAL_TASK);
    }

    @Override
    public Map<String, Object> valuesFor(Task task) {
        Map<String, Object> variables = runtime.getVariables(task.getExecutionId());
        Customer customer = customers.get((Long) variables.get(ChangeVariables.CUSTOMER_ID));
        Long changeId = (Long) variables.get(ChangeVariables.CHANGE_ID);
        if (EDIT_TASK.equals(task.getTaskDefinitionKey())) {
            Map<String, Object> values = new HashMap<>(ChangeFormFields.values(changes.current(customer),
                    edits.versionOf(customer.id())));
            values.put("changeContext", context(customer, variables, changeId));
            return values;
        }
        return Map.of("changeSummary", summary(customer, changes.find(changeId)));
    }

    private String context(Customer customer, Map<String, Object> variables, Long previousChangeId) {
        StringBuilder text = new StringBuilder("**修改客户 " + customer.customerNumber() + "**\n\n- 变更原因:"
                + ChangeReason.valueOf((String) variables.get(ChangeVariables.REASON)).label());
        Object words = variables.get(ChangeVariables.REASON_TEXT);
        if (words != null && !words.toString().isBlank()) {
            text.append("(").append(CustomerSummary.escape(words.toString())).append(")");
        }
        Long correctionId = (Long) variables.get(ChangeVariables.CORRECTION_ID);
        if (correctionId != null) {
            String request = corrections.find(correctionId).correctionRequest();
            text.append("\n- 客户的更正请求:").append(CustomerSummary.escape(request == null ? "" : request));
        }
        if (previousChangeId != null) {
            changes.remarkOf(changes.find(previousChangeId))
                    .ifPresent(r -> text.append("\n- 客户对上次变更的说明:").append(CustomerSummary.escape(r)));
        }
        return text.append("\n\n关键字段(联系人姓名、电话、角色,增删联系人,客户电话,核心需求)须客户确认后才生效;其他字段提交后立即生效。")
                .append("新增联系人须同时填写其授权同意(客户服务、紧急通知、授权方式与凭证编号),变更经客户确认生效时才保存。")
                .toString();
    }

    private String summary(Customer customer, CustomerChange change) {
        String fields = change.status() == ChangeStatus.PENDING_CONFIRMATION
                ? changes.pendingFields(change.id()).stream()
                .map(f -> "- " + ChangeFieldLabels.label(f.field()) + ":" + CustomerSummary.escape(or(f.before()))
                        + " → " + CustomerSummary.escape(or(f.after())))
                .collect(Collectors.joining("\n"))
                : "";
        String remark = changes.remarkOf(change).map(r -> "\n\n客户的说明:" + CustomerSummary.escape(r)).orElse("");
        return "**" + customer.customerNumber() + " 的变更(" + change.reasonLine() + ")**\n\n" + fields + remark
                + "\n\n客户电话:" + or(customer.phone());
    }

    private static String or(String value) {
        return value == null ? "—" : value;
    }
}
