package com.lifeline.entry;

import com.lifeline.customer.Customer;
import com.lifeline.customer.CustomerService;
import com.lifeline.customer.CustomerSummary;
import com.lifeline.privacy.TaskFormData;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.util.Map;
import java.util.Set;

/** What the entry process's task forms show, read from the store when the form opens. */
@Component
class EntryTaskFormData implements TaskFormData {

    private final RuntimeService runtime;
    private final EntryService entries;
    private final CustomerService customers;
    private final Clock clock;

    EntryTaskFormData(RuntimeService runtime, EntryService entries, CustomerService customers,
                      Clock clock) {
        this.runtime = runtime;
        this.entries = entries;
        this.customers = customers;
        this.clock = clock;
    }

    @Override
    public Set<String> taskDefinitionKeys() {
        return Set.of("Task_CorrectEntry", "Task_SupervisorReview", "Task_CallCustomer");
    }

    @Override
    public Map<String, Object> valuesFor(Task task) {
        return switch (task.getTaskDefinitionKey()) {
            case "Task_CorrectEntry" -> EntryFormFields.toVariables(
                    entries.submission((Long) variable(task, EntryVariables.ENTRY_ID)));
            case "Task_SupervisorReview" -> Map.of("reviewSummary", summary(task));
            case "Task_CallCustomer" -> Map.of("customerContactSummary", summary(task));
            default -> Map.of();
        };
    }

    private String summary(Task task) {
        Customer customer = customers.get((Long) variable(task, EntryVariables.CUSTOMER_ID));
        return CustomerSummary.markdown(customer, customers.contactsOf(customer.id()), clock.getZone());
    }

    private Object variable(Task task, String name) {
        return runtime.getVariable(task.getExecutionId(), name);
    }
}
