package com.lifeline.notification;

/** How a notice reaches its recipient. */
public enum Channel {
    EMAIL,
    SMS
}
