package com.lifeline.deletion;

import com.lifeline.customer.CustomerService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Tells the requester how the request ended, as its status says. */
@Service
class DeletionOutcomes {

    private final DeletionRequests requests;
    private final CustomerService customers;
    private final DeletionNotices notices;

    DeletionOutcomes(DeletionRequests requests, CustomerService customers, DeletionNotices notices) {
        this.requests = requests;
        this.customers = customers;
        this.notices = notices;
    }

    @Transactional
    public void tellRequester(long requestId) {
        DeletionRequest request = requests.find(requestId);
        switch (request.status()) {
            case HELD -> notices.held(request, customers.get(request.customerId()));
            case REJECTED -> notices.rejected(request, customers.get(request.customerId()));
            // the customer of their own request was told in the erasure's transaction, while their address was known
            case ERASED -> notices.erasedToStaff(request);
            default -> throw new IllegalStateException("deletion request " + requestId + " is still " + request.status());
        }
    }
}
