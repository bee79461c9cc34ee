package com.lifeline.deletion;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** The confirmation page's 申请删除我的资料: no login, the signed links are the proof. */
@RestController
class CustomerErasureController {

    private final CustomerErasureRequests erasures;

    CustomerErasureController(CustomerErasureRequests erasures) {
        this.erasures = erasures;
    }

    record CodeSent(String erasureToken) {
    }

    record CodeGiven(String erasureToken, String code) {
    }

    record Requested(String customerNumber, DeletionStatus status) {
    }

    @PostMapping("/api/public/confirmations/{token}/erasure")
    CodeSent sendCode(@PathVariable String token) {
        return new CodeSent(erasures.sendCode(token));
    }

    @PostMapping("/api/public/erasure-requests")
    ResponseEntity<Requested> confirm(@RequestBody CodeGiven given) {
        DeletionRequest request = erasures.confirm(given.erasureToken(), given.code());
        return ResponseEntity.accepted().body(new Requested(request.customerNumber(), request.status()));
    }
}
