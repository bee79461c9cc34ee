package com.lifeline.deletion;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

/** Compliance's view of erasures (destruction records) and its legal holds. */
@RestController
@RequestMapping("/api")
@PreAuthorize("hasAuthority('GROUP_compliance')")
class DestructionRecordController {

    private final DestructionRecords records;
    private final LegalHolds holds;

    DestructionRecordController(DestructionRecords records, LegalHolds holds) {
        this.records = records;
        this.holds = holds;
    }

    record Hold(boolean hold) {
    }

    @GetMapping("/destruction-records")
    List<DestructionRecord> page(@RequestParam(name = "page", defaultValue = "0") int page, Authentication authentication) {
        return records.page(authentication.getName(), page);
    }

    @GetMapping("/destruction-records/{number}")
    DestructionRecord get(@PathVariable String number, Authentication authentication) {
        return records.of(authentication.getName(), number);
    }

    @PutMapping("/customers/{number}/legal-hold")
    Hold setLegalHold(@PathVariable String number, @RequestBody Hold hold, Authentication authentication) {
        holds.set(authentication.getName(), number, hold.hold());
        return hold;
    }
}
