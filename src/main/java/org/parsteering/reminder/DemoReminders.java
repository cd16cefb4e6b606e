package org.parsteering.reminder;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Set;
import java.util.function.Supplier;
import org.parsteering.base.DemoData;
import org.parsteering.base.DemoFile;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;

/**
 * The demo's reminders (SPEC 8 with the reminders issue): a first run of every rule over the demo data, then
 * what the demo users do in their inbox ({@code demo/reminder-actions.csv}: two of Bài Sơn's reminders and one
 * of Home Affairs' acknowledged, one commune's late dossiers escalated by the committee).
 */
@Component
class DemoReminders extends DemoData {

    private final ReminderRunService run;
    private final ReminderService reminders;
    private final UserDetailsService users;

    private final Clock clock;

    DemoReminders(ReminderRunService run, ReminderService reminders, UserDetailsService users, Clock clock) {
        super("reminders", 60);
        this.run = run;
        this.reminders = reminders;
        this.users = users;
        this.clock = clock;
    }

    enum Action {
        ACKNOWLEDGE,
        ESCALATE
    }

    @Override
    public void load() {
        run.run("demo");
        var file =
                DemoFile.read("reminder-actions.csv", LocalDate.now(clock), "user,action,rule,except_unit,count,note");
        for (DemoFile.Row row : file.rows()) {
            Action action = row.choice("action", Action.class);
            ReminderRule rule = row.optional("rule") == null ? null : row.choice("rule", ReminderRule.class);
            String exceptUnit = row.optional("except_unit");
            int count = row.number("count");
            String note = row.optional("note");
            as(row.text("user"), () -> {
                reminders.inbox(new ReminderFilter(Set.of(ReminderState.OPEN), rule, null), 0, 200).stream()
                        .filter(r -> !java.util.Objects.equals(r.unitCode(), exceptUnit))
                        .limit(count)
                        .forEach(r -> {
                            if (action == Action.ACKNOWLEDGE) {
                                reminders.acknowledge(r.id(), r.version(), note);
                            } else {
                                reminders.escalate(r.id(), r.version(), note);
                            }
                        });
                return null;
            });
        }
    }

    private <T> T as(String username, Supplier<T> work) {
        SecurityContext previous = SecurityContextHolder.getContext();
        UserDetails user;
        try {
            user = users.loadUserByUsername(username);
        } catch (RuntimeException e) {
            return null; // a deployment without that demo account
        }
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        SecurityContextHolder.setContext(context);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }
}
