package com.lifeline.deletion;

import com.lifeline.audit.AuditAction;
import com.lifeline.audit.AuditLog;
import com.lifeline.customer.CustomerMapper;
import com.lifeline.customer.CustomerNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Compliance sets or lifts a customer's legal hold by number (it sees no customer data). */
@Service
class LegalHolds {

    private final CustomerMapper customers;
    private final DeletionRequestMapper mapper;
    private final AuditLog audit;

    LegalHolds(CustomerMapper customers, DeletionRequestMapper mapper, AuditLog audit) {
        this.customers = customers;
        this.mapper = mapper;
        this.audit = audit;
    }

    @Transactional
    void set(String actor, String customerNumber, boolean hold) {
        long id = customers.findByNumber(customerNumber).orElseThrow(() -> new CustomerNotFoundException(customerNumber)).id();
        mapper.setLegalHold(id, hold);
        audit.record(actor, AuditAction.CHANGE, customerNumber, hold ? "legal hold set" : "legal hold lifted");
    }
}
