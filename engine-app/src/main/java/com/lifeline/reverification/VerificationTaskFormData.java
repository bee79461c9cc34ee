package com.lifeline.reverification;

import com.lifeline.contact.EmergencyContact;
import com.lifeline.customer.CustomerService;
import com.lifeline.customer.CustomerSummary;
import com.lifeline.phone.PhoneNumbers;
import com.lifeline.privacy.TaskFormData;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The verification form's contacts, read from the store when it opens (names and phones never sit in
 * the engine). A contact that already confirmed through its link comes with that answer filled in.
 */
@Component
class VerificationTaskFormData implements TaskFormData {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd");

    private final RuntimeService runtime;
    private final CustomerService customers;
    private final Verifications verifications;
    private final ZoneId zone;

    VerificationTaskFormData(RuntimeService runtime, CustomerService customers, Verifications verifications) {
        this.runtime = runtime;
        this.customers = customers;
        this.verifications = verifications;
        this.zone = verifications.zone();
    }

    @Override
    public Set<String> taskDefinitionKeys() {
        return Set.of(VerificationReminders.VERIFY_TASK);
    }

    @Override
    public Map<String, Object> valuesFor(Task task) {
        Map<String, Object> vars = runtime.getVariables(task.getExecutionId(), List.of(VerificationVariables.VERIFICATION_ID,
                VerificationVariables.CUSTOMER_ID, VerificationVariables.CUSTOMER_NUMBER, VerificationVariables.CONTACT_IDS));
        long verificationId = (Long) vars.get(VerificationVariables.VERIFICATION_ID);
        Map<Long, EmergencyContact> stored = customers.contactsOf((Long) vars.get(VerificationVariables.CUSTOMER_ID)).stream()
                .collect(Collectors.toMap(EmergencyContact::id, Function.identity()));
        Map<Long, VerificationMapper.Outcome> answered = verifications.outcomesOf(verificationId).stream()
                .collect(Collectors.toMap(VerificationMapper.Outcome::contactId, Function.identity()));
        Map<String, Object> values = new HashMap<>();
        values.put("verificationSummary", "**核实客户 " + vars.get(VerificationVariables.CUSTOMER_NUMBER) + " 的紧急联系人**\n\n"
                + "逐一联系下列联系人,确认其仍愿意并能够作为紧急联系人。有变更的将进入客户资料变更流程;"
                + "联系不上的将标记为无效并补充新的联系人。");
        List<Long> ids = Verifications.contactIds((String) vars.get(VerificationVariables.CONTACT_IDS));
        for (int n = 1; n <= ids.size(); n++) {
            EmergencyContact contact = stored.get(ids.get(n - 1));
            values.put(VerificationVariables.summaryField(n), contact == null ? "**联系人 " + n + "**:已被替换,按“有变更”处理"
                    : "**联系人 " + n + "**:" + CustomerSummary.escape(contact.name()) + "(" + contact.relation().label() + ")"
                    + " " + PhoneNumbers.display(contact.phone()) + ",上次核实:"
                    + (contact.lastVerifiedAt() == null ? "从未" : DAY.format(contact.lastVerifiedAt().atZone(zone))));
            VerificationMapper.Outcome outcome = answered.get(ids.get(n - 1));
            if (outcome != null) {
                values.put(VerificationVariables.outcomeField(n), outcome.outcome().name());
                values.put(VerificationVariables.methodField(n), outcome.method().name());
            }
        }
        return values;
    }
}
