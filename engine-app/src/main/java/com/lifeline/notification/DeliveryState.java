package com.lifeline.notification;

/** What other features may know about a notice: its status and how many sends were started. */
public record DeliveryState(DeliveryStatus status, int attempts) {
}
