package com.lifeline.contactcare;

import com.lifeline.consent.ConsentRecord;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import java.net.URI;
import java.util.List;

/**
 * {@code /api/customers/{number}/contacts/{id}/…} and {@code /api/customers/{number}/consents/…}: marking a
 * contact unreachable, withdrawing or renewing consent, within the caller's scope (who may change the customer).
 */
@RestController
class ContactCareController {

    private final ContactReachability reachability;
    private final ContactConsents consents;

    ContactCareController(ContactReachability reachability, ContactConsents consents) {
        this.reachability = reachability;
        this.consents = consents;
    }

    record Unreachable(String reason) {
    }

    /**
     * A consent row as staff see it: purposes, channel, evidence reference, who and when; never a file's content.
     * informedVia: CONTACT_LINK once the contact confirmed on their own link that they know they are listed.
     */
    record ConsentState(long consentId, boolean service, boolean emergencyNotification, boolean marketing,
                        String channel, String evidence, String collectedBy, String recordedAt, String withdrawnPurpose,
                        String withdrawnVia, String supersededAt, String informedVia) {

        static ConsentState of(ConsentRecord r) {
            return new ConsentState(r.id(), r.purposeService(), r.purposeEmergency(), r.purposeMarketing(),
                    r.channel().name(), r.evidenceRef(), r.collectedBy(), String.valueOf(r.givenAt()),
                    r.withdrawnPurpose() == null ? null : r.withdrawnPurpose().name(),
                    r.withdrawnVia() == null ? null : r.withdrawnVia().name(),
                    r.supersededAt() == null ? null : r.supersededAt().toString(),
                    r.informedVia() == null ? null : r.informedVia().name());
        }
    }

    @PostMapping("/api/customers/{number}/contacts/{id}/unreachable")
    ResponseEntity<Void> unreachable(@PathVariable String number, @PathVariable long id,
                                     @RequestBody(required = false) Unreachable body, Authentication authentication) {
        reachability.markUnreachable(number, id, body == null ? null : body.reason(), authentication.getName());
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/api/customers/{number}/contacts/{id}/consents/{purpose}/withdrawal")
    ConsentState withdrawContact(@PathVariable String number, @PathVariable long id, @PathVariable String purpose,
                                 Authentication authentication) {
        return ConsentState.of(consents.withdraw(authentication.getName(), number, id, purpose));
    }

    @PostMapping("/api/customers/{number}/consents/{purpose}/withdrawal")
    ConsentState withdrawCustomer(@PathVariable String number, @PathVariable String purpose, Authentication authentication) {
        return ConsentState.of(consents.withdraw(authentication.getName(), number, null, purpose));
    }

    /** A renewed consent of the contact, as a form with an optional file (a signed letter needs one). */
    @PostMapping(path = "/api/customers/{number}/contacts/{id}/consents", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<Void> renew(@PathVariable String number, @PathVariable long id,
                               @RequestParam(defaultValue = "false") boolean service,
                               @RequestParam(defaultValue = "false") boolean emergency,
                               @RequestParam(defaultValue = "false") boolean marketing,
                               @RequestParam(required = false) String channel,
                               @RequestParam(required = false) String evidence,
                               @RequestParam(required = false) MultipartFile file, Authentication authentication) {
        long consentId = consents.renew(authentication.getName(), number, id, service, emergency, marketing, channel,
                evidence, file);
        return ResponseEntity.created(URI.create("/api/customers/" + number + "/contacts/" + id + "/consents"))
                .header("X-Consent-Id", String.valueOf(consentId)).build();
    }

    @GetMapping("/api/customers/{number}/contacts/{id}/consents/{consentId}/letter")
    ResponseEntity<byte[]> letter(@PathVariable String number, @PathVariable long id, @PathVariable long consentId,
                                  Authentication authentication) {
        EvidenceFiles.CheckedFile file = consents.letter(authentication.getName(), number, id, consentId);
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(file.contentType()))
                .header("Content-Disposition", "attachment; filename=\"consent-" + consentId + "\"")
                .body(file.content());
    }

    @GetMapping("/api/customers/{number}/contacts/{id}/consents")
    List<ConsentState> history(@PathVariable String number, @PathVariable long id, Authentication authentication) {
        return consents.history(authentication.getName(), number, id).stream().map(ConsentState::of).toList();
    }
}
