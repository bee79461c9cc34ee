package com.lifeline.contactcare;

import com.lifeline.customer.Customer;
import com.lifeline.customer.CustomerMapper;
import com.lifeline.customer.CustomerNotFoundException;
import com.lifeline.customer.CustomerScope;
import com.lifeline.customer.CustomerScopes;
import com.lifeline.customer.NotAllowedException;
import org.springframework.stereotype.Component;

/**
 * Who may change a customer's contacts: its owner's chain (own, team's, department's customers).
 * A customer the user cannot see is "not found"; one they only see (service, data stewards, an access
 * grant) is refused.
 */
@Component
class ContactEditors {

    private final CustomerMapper customers;
    private final CustomerScopes scopes;

    ContactEditors(CustomerMapper customers, CustomerScopes scopes) {
        this.customers = customers;
        this.scopes = scopes;
    }

    /** The customer, if {@code userId} may change it. */
    Customer customerFor(String userId, String customerNumber) {
        CustomerScope scope = scopes.ofUser(userId);
        Customer customer = customers.findByNumberInScope(customerNumber, scope)
                .orElseThrow(() -> new CustomerNotFoundException(customerNumber));
        if (!mayChange(scope, customer)) {
            throw new NotAllowedException("只有客户负责人及其主管、部门负责人可以修改联系人");
        }
        return customer;
    }

    boolean mayChange(String userId, String customerNumber) {
        CustomerScope scope = scopes.ofUser(userId);
        return customers.findByNumberInScope(customerNumber, scope).filter(c -> mayChange(scope, c)).isPresent();
    }

    private static boolean mayChange(CustomerScope scope, Customer customer) {
        return scope.owners().contains(customer.ownerUserId());
    }
}
