package com.lifeline.web;

import java.util.List;

/** The error body of every /api answer: a list of {field, message}; field is null when it is about the whole request. */
public record ApiError(List<Problem> errors) {

    public record Problem(String field, String message) {
    }

    public static ApiError of(String field, String message) {
        return new ApiError(List.of(new Problem(field, message)));
    }
}
