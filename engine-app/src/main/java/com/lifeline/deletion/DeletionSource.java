package com.lifeline.deletion;

/** Where a deletion request came from. */
public enum DeletionSource {
    DIRECTORY, API, DORMANCY, RETENTION, CUSTOMER
}
