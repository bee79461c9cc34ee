package com.lifeline.entry;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** The entry duplicated another team's customer: its new contacts go to that customer's owner to accept. */
@Component
public class OfferContactsDelegate implements JavaDelegate {

    private final EntryService entries;

    OfferContactsDelegate(EntryService entries) {
        this.entries = entries;
    }

    @Override
    public void execute(DelegateExecution execution) {
        execution.setVariable(EntryVariables.CONTACT_OFFER_ID,
                entries.offerToOwner((Long) execution.getVariable(EntryVariables.ENTRY_ID)));
    }
}
