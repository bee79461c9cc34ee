package com.lifeline.entry;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.lifeline.crypto.CustomerCrypto;
import org.springframework.stereotype.Component;

/**
 * Drafts keep what the entrant typed encrypted in the customer store (never in process variables,
 * which Camunda copies into history), so a correction form can show it again: JSON, sealed with the
 * master key until the entry is saved, then with the customer's own data key (erasing the customer
 * shreds it too).
 */
@Component
class EntryDraftPayloads {

    static final String FIELD = "entry.draft";

    private final ObjectMapper json;
    private final CustomerCrypto crypto;

    EntryDraftPayloads(ObjectMapper json, CustomerCrypto crypto) {
        this.json = json;
        this.crypto = crypto;
    }

    EntryDraftPayload read(EntryDraft draft) {
        String text = draft.customerId() == null ? crypto.openDraft(draft.payload())
                : crypto.open(crypto.keyOf(draft.customerId()), FIELD, draft.payload());
        try {
            return json.readValue(text, EntryDraftPayload.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("an entry draft is unreadable", e);
        }
    }

    String write(EntryDraftPayload payload, Long customerId) {
        try {
            String text = json.writeValueAsString(payload);
            return customerId == null ? crypto.sealDraft(text) : crypto.seal(crypto.keyOf(customerId), FIELD, text);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("entry draft could not be written", e);
        }
    }
}
