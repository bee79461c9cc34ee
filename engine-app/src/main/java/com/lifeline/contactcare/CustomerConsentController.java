package com.lifeline.contactcare;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/** The customer's side: withdrawing a purpose of their own consent, or of a contact's, on their signed link. No login. */
@RestController
class CustomerConsentController {

    private final ContactConsents consents;

    CustomerConsentController(ContactConsents consents) {
        this.consents = consents;
    }

    @PostMapping("/api/public/confirmations/{token}/consents/{purpose}/withdrawal")
    ResponseEntity<Void> withdraw(@PathVariable String token, @PathVariable String purpose) {
        consents.withdrawByCustomer(token, purpose);
        return ResponseEntity.noContent().build();
    }

    /** One purpose of one of the customer's contacts (the page lists them masked, by id). */
    @PostMapping("/api/public/confirmations/{token}/contacts/{contactId}/consents/{purpose}/withdrawal")
    ResponseEntity<Void> withdrawContact(@PathVariable String token, @PathVariable long contactId,
                                         @PathVariable String purpose) {
        consents.withdrawContactByCustomer(token, contactId, purpose);
        return ResponseEntity.noContent().build();
    }
}
