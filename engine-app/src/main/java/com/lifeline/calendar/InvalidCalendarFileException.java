package com.lifeline.calendar;

/** A calendar file the app refuses to start with; the message names the file and the problem. */
public class InvalidCalendarFileException extends RuntimeException {

    public InvalidCalendarFileException(String location, String problem) {
        super("Invalid calendar file " + location + ": " + problem);
    }
}
