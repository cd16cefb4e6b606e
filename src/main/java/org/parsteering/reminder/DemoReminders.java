package org.parsteering.reminder;

import java.util.List;
import java.util.function.Supplier;
import org.parsteering.base.DemoData;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;

/**
 * The demo's reminders (SPEC 8 with the reminders issue): a first run of every rule over the demo data, then,
 * as the demo users would, two of Bài Sơn's reminders and one of Home Affairs' acknowledged, and one commune's
 * late dossiers escalated by the committee.
 */
@Component
class DemoReminders implements DemoData {

    private final ReminderRunService run;
    private final ReminderService reminders;
    private final UserDetailsService users;

    DemoReminders(ReminderRunService run, ReminderService reminders, UserDetailsService users) {
        this.run = run;
        this.reminders = reminders;
        this.users = users;
    }

    @Override
    public String name() {
        return "reminders";
    }

    @Override
    public int order() {
        return 60;
    }

    @Override
    public void load() {
        run.run("demo");
        as("head.baison", () -> {
            List<Reminder> mine = reminders.inbox(ReminderFilter.ACTIVE, 0, 2);
            for (Reminder r : mine) {
                reminders.acknowledge(r.id(), r.version(), "Đã giao cán bộ phụ trách xử lý trong tuần.");
            }
            return null;
        });
        as("head.noivu", () -> {
            reminders.inbox(ReminderFilter.ACTIVE, 0, 1).forEach(r -> reminders.acknowledge(r.id(), r.version(), null));
            return null;
        });
        as("committee", () -> {
            reminders
                    .inbox(
                            new ReminderFilter(java.util.Set.of(ReminderState.OPEN), ReminderRule.LATE_DOSSIERS, null),
                            0,
                            50)
                    .stream()
                    .filter(r -> !"XA-BAISON".equals(r.unitCode()))
                    .findFirst()
                    .ifPresent(r ->
                            reminders.escalate(r.id(), r.version(), "Đề nghị báo cáo Ban Chỉ đạo tại phiên họp tới."));
            return null;
        });
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
