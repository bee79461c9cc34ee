package com.lifeline.contactcare;

import com.lifeline.customer.Customer;
import org.springframework.stereotype.Service;

/** Asks the owner for a replacement contact when a customer has fewer than two valid ones. */
@Service
class ContactReplacements {

    void requestFor(Customer customer, long invalidContactId) {
        // contact-replacement.bpmn starts here (next step)
    }
}
