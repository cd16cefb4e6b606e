package org.parsteering.base.tabular;

/**
 * What a long import tells the screen that started it: the phase and how many of the file's rows it has
 * done. Called from the importing thread; implementations must be cheap and thread-safe.
 */
@FunctionalInterface
public interface ImportProgress {

    ImportProgress NONE = (phase, done, total) -> {};

    enum Phase {
        READING,
        CHECKING,
        WRITING
    }

    void report(Phase phase, int done, int total);
}
