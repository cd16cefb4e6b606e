package org.parsteering.calendar;

/** A day of the calendar table: a weekday off, or a Saturday or Sunday worked in exchange for one. */
public enum DayKind {
    HOLIDAY,
    WORKING_WEEKEND;

    public String messageKey() {
        return "calendar.kind." + name();
    }
}
