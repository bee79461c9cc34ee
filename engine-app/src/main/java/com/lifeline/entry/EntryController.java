package com.lifeline.entry;

import com.lifeline.security.CurrentUser;
import io.swagger.v3.oas.annotations.Operation;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.util.List;

@RestController
@RequestMapping("/api/entries")
class EntryController {

    private final EntrySubmissions submissions;

    EntryController(EntrySubmissions submissions) {
        this.submissions = submissions;
    }

    /** The JSON body: the customer, at least two contacts (primary first), consent, and an optional resolution. */
    record EntryRequest(EntrySubmission.CustomerPart customer, List<EntrySubmission.ContactPart> contacts,
                        EntrySubmission.ConsentPart consent, DuplicateResolution duplicateResolution) {
    }

    /** offerId only when the contacts were offered to another team's customer (whose number stays unknown). */
    record EntryResponse(String customerNumber, String status,
                         @com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL)
                         Long offerId) {
    }

    @Operation(summary = "Enter a new customer with emergency contacts and consent",
            description = "201 with Location for a new customer (pending the supervisor's review); 400 with "
                    + "{field, message} problems; 409 when it duplicates an existing customer and no "
                    + "duplicateResolution names that customer (another team's customer: no number, resolve with "
                    + "OFFER_TO_OWNER or DIFFERENT); 200 when the contacts were attached to it; 202 when they were "
                    + "offered to another team's customer's owner to accept.")
    @PostMapping
    ResponseEntity<EntryResponse> submit(@RequestBody EntryRequest request, Authentication authentication) {
        SubmittedEntry entry = submissions.submit(
                new EntrySubmission(request.customer(), request.contacts(), request.consent()),
                request.duplicateResolution(), CurrentUser.of(authentication));
        if (entry.kind() == SubmittedEntry.Kind.OFFERED_TO_OWNER) {
            return ResponseEntity.accepted().body(new EntryResponse(null, "OFFERED_TO_OWNER", entry.offerId()));
        }
        URI location = URI.create("/api/customers/" + entry.customerNumber());
        if (entry.kind() == SubmittedEntry.Kind.ATTACHED) {
            return ResponseEntity.ok().location(location).body(new EntryResponse(entry.customerNumber(), "ATTACHED", null));
        }
        return ResponseEntity.status(HttpStatus.CREATED).location(location)
                .body(new EntryResponse(entry.customerNumber(), "PENDING_REVIEW", null));
    }
}
