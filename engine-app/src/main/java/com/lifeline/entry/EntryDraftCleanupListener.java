package com.lifeline.entry;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/** At the end of customer-entry, however it ended (also cancelled): a draft still there is abandoned. */
@Component
public class EntryDraftCleanupListener implements ExecutionListener {

    private final EntryService entries;

    EntryDraftCleanupListener(EntryService entries) {
        this.entries = entries;
    }

    @Override
    public void notify(DelegateExecution execution) {
        Long draftId = (Long) execution.getVariable(EntryVariables.ENTRY_ID);
        if (draftId != null) {
            entries.discardDraft(draftId);
        }
    }
}
