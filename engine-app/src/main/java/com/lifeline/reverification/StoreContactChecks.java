package com.lifeline.reverification;

import com.lifeline.contact.VerificationMethod;
import com.lifeline.contactcare.ContactReachability;
import com.lifeline.customer.CustomerService;
import org.springframework.stereotype.Component;

/**
 * Hands a verification's outcome to the contact's owners: the store records a confirmation, contact
 * care marks an unreachable contact INVALID (change log, audit) and asks for a replacement when fewer
 * than two valid contacts remain. The worker's scope applies, as it would on the customer page.
 */
@Component
class StoreContactChecks implements ContactChecks {

    private final CustomerService customers;
    private final ContactReachability reachability;

    StoreContactChecks(CustomerService customers, ContactReachability reachability) {
        this.customers = customers;
        this.reachability = reachability;
    }

    @Override
    public void confirmed(long contactId, String method, String actor) {
        VerificationMethod how = CheckMethod.LINK.name().equals(method) ? VerificationMethod.LINK : VerificationMethod.CALL;
        customers.recordContactVerified(contactId, how.name(), actor);
    }

    @Override
    public void unreachable(String customerNumber, long contactId, String reason, String actor) {
        reachability.markUnreachable(customerNumber, contactId, reason, actor);
    }
}
