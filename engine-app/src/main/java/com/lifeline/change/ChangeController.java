package com.lifeline.change;

import com.lifeline.entry.EntrySubmission.ConsentPart;
import com.lifeline.entry.EntrySubmission.ContactPart;
import com.lifeline.entry.EntrySubmission.CustomerPart;
import com.lifeline.security.CurrentUser;
import com.lifeline.web.ApiError;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import java.util.List;
import java.util.Map;

/**
 * Changing a customer through the API: its fields, one contact's, a contact added or removed. Each names
 * a reason and may name the version it read (stale: 409). Answers 200 with the change's status:
 * APPLIED, or PENDING_CONFIRMATION while the customer confirms the key fields.
 */
@RestController
class ChangeController {

    private final ChangeStarter starter;
    private final ChangeConfirmations confirmations;
    private final ChangeHistory history;

    ChangeController(ChangeStarter starter, ChangeConfirmations confirmations, ChangeHistory history) {
        this.starter = starter;
        this.confirmations = confirmations;
        this.history = history;
    }

    record CustomerChangeRequest(String reason, String reasonText, Integer version, CustomerPart customer) {
    }

    record ContactChangeRequest(String reason, String reasonText, Integer version, ContactPart contact) {
    }

    /** A new contact and the consent collected for it (service and emergency notification, channel, evidence). */
    record ContactAddRequest(String reason, String reasonText, Integer version, ContactPart contact, ConsentPart consent) {
    }

    record FormStart(String reason, String reasonText) {
    }

    record PhoneConfirmation(String callNote) {
    }

    @PutMapping("/api/customers/{number}")
    ChangeStarter.Outcome changeCustomer(@PathVariable String number, @RequestBody CustomerChangeRequest request,
                                         Authentication authentication) {
        return starter.changeCustomer(user(authentication), number, request.reason(), request.reasonText(),
                request.version(), request.customer());
    }

    @PutMapping("/api/customers/{number}/contacts/{contactId}")
    ChangeStarter.Outcome changeContact(@PathVariable String number, @PathVariable long contactId,
                                        @RequestBody ContactChangeRequest request, Authentication authentication) {
        return starter.changeContact(user(authentication), number, contactId, request.reason(), request.reasonText(),
                request.version(), request.contact());
    }

    @PostMapping("/api/customers/{number}/contacts")
    ChangeStarter.Outcome addContact(@PathVariable String number, @RequestBody ContactAddRequest request,
                                     Authentication authentication) {
        return starter.addContact(user(authentication), number, request.reason(), request.reasonText(),
                request.version(), request.contact(), request.consent());
    }

    @DeleteMapping("/api/customers/{number}/contacts/{contactId}")
    ChangeStarter.Outcome removeContact(@PathVariable String number, @PathVariable long contactId,
                                        @RequestParam(required = false) String reason,
                                        @RequestParam(required = false) String reasonText,
                                        @RequestParam(required = false) Integer version, Authentication authentication) {
        return starter.removeContact(user(authentication), number, contactId, reason, reasonText, version);
    }

    /** The directory's 修改: starts the change for its Tasklist form and names the task to open. */
    @PostMapping("/api/customers/{number}/changes")
    Map<String, String> startForForm(@PathVariable String number, @RequestBody FormStart request,
                                     Authentication authentication) {
        String taskId = starter.startForForm(CurrentUser.of(authentication), number, request.reason(), request.reasonText());
        return Map.of("taskId", taskId, "taskUrl", "/camunda/app/tasklist/default/#/?task=" + taskId);
    }

    @PostMapping("/api/changes/{changeId}/phone-confirmation")
    ResponseEntity<Void> confirmByPhone(@PathVariable long changeId, @RequestBody PhoneConfirmation request,
                                        Authentication authentication) {
        confirmations.confirmByPhone(user(authentication), changeId, request.callNote());
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/api/customers/{number}/history")
    List<ChangeHistory.Entry> history(@PathVariable String number, Authentication authentication) {
        return history.of(CurrentUser.of(authentication), number);
    }

    private static String user(Authentication authentication) {
        return CurrentUser.of(authentication).userId();
    }

    /** A refused change names every broken rule at once. */
    @RestControllerAdvice(basePackageClasses = ChangeController.class)
    @Order(Ordered.HIGHEST_PRECEDENCE)
    static class ChangeErrors {

        @ExceptionHandler(ChangeRefusedException.class)
        ResponseEntity<ApiError> refused(ChangeRefusedException e) {
            return ResponseEntity.badRequest().body(new ApiError(e.problems().stream()
                    .map(p -> new ApiError.Problem(p.field(), p.message())).toList()));
        }
    }
}
