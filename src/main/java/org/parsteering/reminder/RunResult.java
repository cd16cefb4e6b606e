package org.parsteering.reminder;

/** What one run of the rules did: reminders raised, still open from before, resolved because cleared, escalated. */
public record RunResult(int raised, int stillOpen, int resolved, int escalated) {}
