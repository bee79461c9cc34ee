package com.lifeline.contactcare;

import com.lifeline.contact.EmergencyContact;
import com.lifeline.customer.CustomerService;
import com.lifeline.privacy.TaskFormData;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Map;
import java.util.Set;

/** The replacement form's summary, read from the store when it opens: roles and states, no contact details. */
@Component
class ReplacementTaskFormData implements TaskFormData {

    private final RuntimeService runtime;
    private final CustomerService customers;

    ReplacementTaskFormData(RuntimeService runtime, CustomerService customers) {
        this.runtime = runtime;
        this.customers = customers;
    }

    @Override
    public Set<String> taskDefinitionKeys() {
        return Set.of(ReplacementVariables.TASK);
    }

    @Override
    public Map<String, Object> valuesFor(Task task) {
        Map<String, Object> variables = runtime.getVariables(task.getExecutionId(),
                List.of(ReplacementVariables.CUSTOMER_ID, ReplacementVariables.CUSTOMER_NUMBER));
        List<EmergencyContact> contacts = customers.contactsOf((Long) variables.get(ReplacementVariables.CUSTOMER_ID));
        StringBuilder md = new StringBuilder("**客户 " + variables.get(ReplacementVariables.CUSTOMER_NUMBER)
                + " 的有效紧急联系人不足两名**\n\n");
        for (EmergencyContact c : contacts) {
            md.append("- ").append(c.relation().label()).append(":").append("VALID".equals(c.status()) ? "有效" : "无效(联系不上)")
                    .append("\n");
        }
        md.append("\n请取得一名新的紧急联系人,确认其本人知情并同意,并记录授权同意及凭证。");
        return Map.of("replacementSummary", md.toString());
    }
}
