package com.lifeline.contactcare;

import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/customers/{number}/contacts/{id}/…}: marking a contact unreachable, within the caller's scope. */
@RestController
class ContactCareController {

    private final ContactReachability reachability;

    ContactCareController(ContactReachability reachability) {
        this.reachability = reachability;
    }

    record Unreachable(String reason) {
    }

    @PostMapping("/api/customers/{number}/contacts/{id}/unreachable")
    ResponseEntity<Void> unreachable(@PathVariable String number, @PathVariable long id,
                                     @RequestBody(required = false) Unreachable body, Authentication authentication) {
        reachability.markUnreachable(number, id, body == null ? null : body.reason(), authentication.getName());
        return ResponseEntity.noContent().build();
    }
}
