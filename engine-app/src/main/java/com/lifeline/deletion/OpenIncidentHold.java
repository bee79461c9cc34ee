package com.lifeline.deletion;

import com.lifeline.customer.DeletionHold;
import org.springframework.stereotype.Component;

import java.util.Optional;

/**
 * A customer named by an open incident (emergency notification, process 8) must be kept. Incidents
 * do not exist yet: this is the hook their feature replaces with a query of its own incident table.
 */
@Component
class OpenIncidentHold implements DeletionHold {

    @Override
    public Optional<String> reasonToKeep(long customerId) {
        return Optional.empty();
    }
}
