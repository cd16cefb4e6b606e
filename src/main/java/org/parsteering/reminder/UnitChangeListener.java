package org.parsteering.reminder;

import org.parsteering.unit.UnitsChanged;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Resolves the reminders of units closed by a merger or an abolition (SPEC 2a, issue 12), in the change's own
 * transaction: the change and the resolved reminders commit or roll back together.
 */
@Component
class UnitChangeListener {

    static final String NOTE_MERGED = "reminder.note.unitMerged";
    static final String NOTE_ABOLISHED = "reminder.note.unitAbolished";

    private final ReminderRunService run;
    private final JdbcClient jdbc;

    UnitChangeListener(ReminderRunService run, JdbcClient jdbc) {
        this.run = run;
        this.jdbc = jdbc;
    }

    /**
     * The note is a message key with its arguments ({@code key:successor name|date|legal basis}), put into words in
     * the reader's language by {@link ReminderTexts#note}.
     */
    @EventListener
    public void on(UnitsChanged change) {
        String note;
        if (change.successorId() == null) {
            note = NOTE_ABOLISHED + ":" + change.changeDate() + "|" + change.legalBasis();
        } else {
            // the unit that carries the successor on today: itself, unless a later change was recorded first
            String name = jdbc.sql("""
                            select c.name from unit s left join unit_lineage l on l.unit_id = s.id
                            join unit c on c.id = coalesce(l.current_unit_id, s.id)
                            where s.id = :id""")
                    .param("id", change.successorId())
                    .query(String.class)
                    .single();
            note = NOTE_MERGED + ":" + name + "|" + change.changeDate() + "|" + change.legalBasis();
        }
        run.unitsClosed(change.predecessorIds(), note);
    }
}
