package com.lifeline.entry;

import com.lifeline.web.ApiError;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import java.util.List;

/** The entry API's own answers: every broken rule at once (400), and a suspected duplicate with its number when it is in the caller's scope (409). */
@RestControllerAdvice(basePackageClasses = EntryController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class EntryExceptionHandler {

    /** A 409 of the entry API: the problem, and the existing customer to name in duplicateResolution. */
    record EntryConflict(List<ApiError.Problem> errors, String existingCustomerNumber) {
    }

    @ExceptionHandler(EntryRejectedException.class)
    ResponseEntity<ApiError> rejected(EntryRejectedException e) {
        return ResponseEntity.badRequest().body(new ApiError(e.problems().stream()
                .map(p -> new ApiError.Problem(p.field(), p.message())).toList()));
    }

    @ExceptionHandler(DuplicateEntryException.class)
    ResponseEntity<EntryConflict> duplicate(DuplicateEntryException e) {
        return ResponseEntity.status(HttpStatus.CONFLICT).body(new EntryConflict(
                List.of(new ApiError.Problem("customer", e.getMessage())),
                // another team's customer is never named
                e.duplicate().visibleNumber()));
    }
}
