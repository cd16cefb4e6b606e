package org.parsteering.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.progressbar.ProgressBar;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.BiConsumer;
import java.util.function.Supplier;
import org.parsteering.base.BackgroundJobs;

/**
 * A line of text and a progress bar for work that runs in {@link BackgroundJobs} (an import, a report): the
 * job tells {@link #report} how far it is from its own thread, the screen polls twice a second and shows
 * it, and when the job ends the poll stops and the screen gets the result or the failure on its own thread.
 */
public class JobProgress extends Div {

    static final int POLL_MS = 500;

    private final ProgressBar bar = new ProgressBar();
    private final Span text = new Span();
    private volatile Step step;

    private record Step(String messageKey, int done, int total) {}

    public JobProgress(String className, String textId) {
        addClassName(className);
        text.setId(textId);
        bar.setIndeterminate(true);
        add(text, bar);
        setVisible(false);
    }

    /**
     * From the job's thread: {@code done} of {@code total} finished; shown at the next poll as the message
     * {@code messageKey} with the two numbers as arguments.
     */
    public void report(String messageKey, int done, int total) {
        step = new Step(messageKey, done, total);
    }

    /**
     * Runs {@code job} in the background as the current user, shows {@code startText} and then its progress,
     * and calls {@code onDone} on the screen's thread with the result, or with the failure (unwrapped from
     * the future's {@link CompletionException}) and a null result.
     */
    public <T> CompletableFuture<T> run(
            BackgroundJobs jobs, String startText, Supplier<T> job, BiConsumer<T, Throwable> onDone) {
        step = null;
        bar.setIndeterminate(true);
        text.setText(startText);
        setVisible(true);
        UI ui = UI.getCurrent();
        ui.setPollInterval(POLL_MS);
        var poll = ui.addPollListener(e -> show());
        return jobs.submit(job)
                .whenComplete((result, failure) -> ui.access(() -> {
                    poll.remove();
                    ui.setPollInterval(-1);
                    setVisible(false);
                    onDone.accept(result, unwrap(failure));
                }));
    }

    private void show() {
        Step s = step;
        if (s == null || s.total() == 0) {
            return;
        }
        bar.setIndeterminate(false);
        bar.setValue(Math.min(1.0, (double) s.done() / s.total()));
        text.setText(getTranslation(
                s.messageKey(), Formats.number(s.done(), getLocale()), Formats.number(s.total(), getLocale())));
    }

    static Throwable unwrap(Throwable failure) {
        return failure instanceof CompletionException && failure.getCause() != null ? failure.getCause() : failure;
    }
}
