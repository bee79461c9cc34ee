package com.lifeline.change;

import com.lifeline.audit.AuditAction;
import com.lifeline.audit.AuditLog;
import com.lifeline.customer.Customer;
import com.lifeline.customer.CustomerEdits;
import com.lifeline.customer.CustomerMapper;
import com.lifeline.customer.CustomerNotFoundException;
import com.lifeline.customer.CustomerScope;
import com.lifeline.customer.CustomerScopes;
import com.lifeline.security.CurrentUser;
import org.springframework.stereotype.Service;

import java.time.Instant;
import java.util.List;

/**
 * A customer's change log as one user may read it: within their scope (else 404), values opened, and
 * masked for roles that see the customer masked (service, data stewards).
 */
@Service
public class ChangeHistory {

    private final ChangeLogEntryMapper log;
    private final CustomerMapper customers;
    private final CustomerScopes scopes;
    private final CustomerEdits edits;
    private final AuditLog audit;

    ChangeHistory(ChangeLogEntryMapper log, CustomerMapper customers, CustomerScopes scopes, CustomerEdits edits,
                  AuditLog audit) {
        this.log = log;
        this.customers = customers;
        this.scopes = scopes;
        this.edits = edits;
        this.audit = audit;
    }

    public record Entry(Instant changedAt, String operator, String reason, String field, String label, String before,
                        String after, Long changeId, String processInstanceId) {
    }

    public List<Entry> of(CurrentUser user, String number) {
        CustomerScope scope = scopes.of(user);
        Customer customer = customers.findByNumberInScope(number, scope).orElseThrow(() -> new CustomerNotFoundException(number));
        boolean full = scope.showsFullDetailsOf(customer);
        audit.record(user.userId(), AuditAction.VIEW, customer.customerNumber(), full ? "history" : "history, masked");
        return log.findByCustomer(customer.id()).stream().map(e -> {
            String before = e.encrypted() ? edits.openChange(customer.id(), e.field(), e.oldValue()) : e.oldValue();
            String after = e.encrypted() ? edits.openChange(customer.id(), e.field(), e.newValue()) : e.newValue();
            return new Entry(e.changedAt(), e.operator(), e.reason(), e.field(), ChangeFieldLabels.label(e.field()),
                    full ? before : ChangeFieldLabels.masked(e.field(), before),
                    full ? after : ChangeFieldLabels.masked(e.field(), after), e.changeId(), e.processInstanceId());
        }).toList();
    }
}
