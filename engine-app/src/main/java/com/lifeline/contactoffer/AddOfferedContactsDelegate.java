package com.lifeline.contactoffer;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** The owner accepted: the offered contacts join the customer's record. */
@Component
public class AddOfferedContactsDelegate implements JavaDelegate {

    private final ContactOffers offers;

    AddOfferedContactsDelegate(ContactOffers offers) {
        this.offers = offers;
    }

    @Override
    public void execute(DelegateExecution execution) {
        int added = offers.accept(((Number) execution.getVariable(ContactOfferVariables.OFFER_ID)).longValue(),
                (String) execution.getVariable(ContactOfferVariables.DECIDED_BY));
        execution.setVariable(ContactOfferVariables.CONTACTS_ADDED, added);
    }
}
