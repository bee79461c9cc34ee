package com.lifeline.deletion;

import com.lifeline.security.CurrentUser;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;

/** {@code POST /api/customers/{number}/deletion-requests}: starts deletion approval, within the caller's scope. */
@RestController
class DeletionController {

    private final DeletionRequests requests;

    DeletionController(DeletionRequests requests) {
        this.requests = requests;
    }

    record NewRequest(String reason, String evidence) {
    }

    record RequestState(long requestId, String customerNumber, DeletionStatus status) {
    }

    @PostMapping("/api/customers/{number}/deletion-requests")
    ResponseEntity<RequestState> request(@PathVariable String number, @RequestBody(required = false) NewRequest body,
                                         Authentication authentication) {
        NewRequest given = body == null ? new NewRequest(null, null) : body;
        DeletionRequest request = requests.request(CurrentUser.of(authentication), number, given.reason(),
                given.evidence(), DeletionSource.API);
        return ResponseEntity.accepted().location(URI.create("/api/deletion-requests/" + request.id()))
                .body(new RequestState(request.id(), request.customerNumber(), request.status()));
    }
}
