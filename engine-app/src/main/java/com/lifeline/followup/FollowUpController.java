package com.lifeline.followup;

import com.lifeline.security.CurrentUser;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.util.List;

/** {@code /api/customers/{number}/follow-ups}: record (through follow-up.bpmn) and list, within the caller's scope. */
@RestController
class FollowUpController {

    private final FollowUpSubmissions submissions;
    private final FollowUps followUps;

    FollowUpController(FollowUpSubmissions submissions, FollowUps followUps) {
        this.submissions = submissions;
        this.followUps = followUps;
    }

    @PostMapping("/api/customers/{number}/follow-ups")
    ResponseEntity<FollowUp> record(@PathVariable String number, @RequestBody(required = false) NewFollowUp body,
                                    Authentication authentication) {
        NewFollowUp given = body == null ? new NewFollowUp(null, null, null, null, null, null) : body;
        FollowUp saved = submissions.submit(CurrentUser.of(authentication), number, given);
        return ResponseEntity.created(URI.create("/api/customers/" + saved.customerNumber() + "/follow-ups/" + saved.id()))
                .body(saved);
    }

    @GetMapping("/api/customers/{number}/follow-ups")
    List<FollowUp> list(@PathVariable String number, Authentication authentication) {
        return followUps.of(CurrentUser.of(authentication), number);
    }
}
