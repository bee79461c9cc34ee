package com.lifeline.contactoffer;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** The owner rejected: the offered contacts are deleted and the entrant is told the reason. */
@Component
public class DiscardOfferedContactsDelegate implements JavaDelegate {

    private final ContactOffers offers;

    DiscardOfferedContactsDelegate(ContactOffers offers) {
        this.offers = offers;
    }

    @Override
    public void execute(DelegateExecution execution) {
        offers.reject(((Number) execution.getVariable(ContactOfferVariables.OFFER_ID)).longValue(),
                (String) execution.getVariable(ContactOfferVariables.DECIDED_BY),
                (String) execution.getVariable(ContactOfferVariables.REJECT_REASON));
    }
}
