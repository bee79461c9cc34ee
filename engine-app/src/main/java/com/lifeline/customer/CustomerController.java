package com.lifeline.customer;

import com.lifeline.audit.AuditAction;
import com.lifeline.audit.AuditLog;
import com.lifeline.contact.EmergencyContact;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

@RestController
@RequestMapping("/api/customers")
class CustomerController {

    private final CustomerService customers;
    private final AuditLog audit;

    CustomerController(CustomerService customers, AuditLog audit) {
        this.customers = customers;
        this.audit = audit;
    }

    record CustomerResponse(Customer customer, List<EmergencyContact> contacts) {
    }

    @GetMapping("/{number}")
    CustomerResponse get(@PathVariable String number, Authentication authentication) {
        Customer customer = customers.byNumber(number);
        audit.record(authentication.getName(), AuditAction.VIEW, number, "customer, contacts");
        return new CustomerResponse(customer, customers.contactsOf(customer.id()));
    }
}
