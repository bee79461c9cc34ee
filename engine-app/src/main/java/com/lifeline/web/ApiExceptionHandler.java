package com.lifeline.web;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.lifeline.customer.CustomerNotFoundException;
import com.lifeline.customer.NotAllowedException;
import com.lifeline.entry.DuplicateEntryException;
import com.lifeline.entry.EntryRejectedException;
import com.lifeline.org.NotInOrgChartException;
import com.lifeline.verification.AlreadyAnsweredException;
import com.lifeline.verification.LinkRefusedException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import java.util.stream.Collectors;

/** Every error a user can cause, as a clear message with the field it concerns; never a stack trace. */
@RestControllerAdvice
class ApiExceptionHandler {

    @ExceptionHandler(EntryRejectedException.class)
    ResponseEntity<ApiError> rejected(EntryRejectedException e) {
        return ResponseEntity.badRequest().body(new ApiError(e.problems().stream()
                .map(p -> new ApiError.Problem(p.field(), p.message())).toList(), null));
    }

    @ExceptionHandler(DuplicateEntryException.class)
    ResponseEntity<ApiError> duplicate(DuplicateEntryException e) {
        return ResponseEntity.status(HttpStatus.CONFLICT).body(new ApiError(
                java.util.List.of(new ApiError.Problem("customer", e.getMessage())),
                e.duplicate().visibleNumber()));
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<ApiError> unreadable(HttpMessageNotReadableException e) {
        if (e.getCause() instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            String field = mapping.getPath().stream()
                    .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                    .collect(Collectors.joining(".")).replace(".[", "[");
            return ResponseEntity.badRequest().body(ApiError.of(field, "值的类型不对"));
        }
        return ResponseEntity.badRequest().body(ApiError.of(null, "请求体不是有效的 JSON"));
    }

    @ExceptionHandler(NotInOrgChartException.class)
    ResponseEntity<ApiError> notInOrgChart(NotInOrgChartException e) {
        return ResponseEntity.unprocessableEntity().body(ApiError.of(null, e.getMessage()));
    }

    @ExceptionHandler({CustomerNotFoundException.class, LinkRefusedException.class})
    ResponseEntity<ApiError> notFound(RuntimeException e) {
        return ResponseEntity.status(HttpStatus.NOT_FOUND).body(ApiError.of(null, e.getMessage()));
    }

    @ExceptionHandler(NotAllowedException.class)
    ResponseEntity<ApiError> notAllowed(NotAllowedException e) {
        return ResponseEntity.status(HttpStatus.FORBIDDEN).body(ApiError.of(null, e.getMessage()));
    }

    @ExceptionHandler(org.springframework.web.method.annotation.MethodArgumentTypeMismatchException.class)
    ResponseEntity<ApiError> badParameter(org.springframework.web.method.annotation.MethodArgumentTypeMismatchException e) {
        return ResponseEntity.badRequest().body(ApiError.of(e.getName(), "不是可选的值"));
    }

    @ExceptionHandler(AlreadyAnsweredException.class)
    ResponseEntity<ApiError> answered(AlreadyAnsweredException e) {
        return ResponseEntity.status(HttpStatus.CONFLICT).body(ApiError.of(null, e.getMessage()));
    }

    @ExceptionHandler(InvalidRequestException.class)
    ResponseEntity<ApiError> invalid(InvalidRequestException e) {
        return ResponseEntity.badRequest().body(ApiError.of(e.field(), e.getMessage()));
    }
}
