package org.parsteering.base;

import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Long work started from a screen (a 100,000-row import, a report) runs here, off the request thread and
 * without the user's session lock, so that neither that user's screen nor anyone else's waits for it. The
 * pool is small on purpose: two jobs at once on a two-core server, the others queue. The job runs as the
 * user who started it: the security checks of the services apply as on the screen.
 */
@Component
public class BackgroundJobs implements AutoCloseable {

    private final ThreadPoolTaskExecutor executor = new ThreadPoolTaskExecutor();

    BackgroundJobs(@Value("${par.background.threads:2}") int threads) {
        executor.setCorePoolSize(threads);
        executor.setMaxPoolSize(threads);
        executor.setQueueCapacity(100);
        executor.setThreadNamePrefix("par-job-");
        executor.setWaitForTasksToCompleteOnShutdown(true);
        executor.setAwaitTerminationSeconds(120);
        executor.initialize();
    }

    /** Runs the job as the current user; the future completes with its result or its exception. */
    public <T> CompletableFuture<T> submit(Supplier<T> job) {
        SecurityContext context = SecurityContextHolder.getContext();
        SecurityContext copy = SecurityContextHolder.createEmptyContext();
        copy.setAuthentication(context.getAuthentication());
        return CompletableFuture.supplyAsync(
                () -> {
                    SecurityContextHolder.setContext(copy);
                    try {
                        return job.get();
                    } finally {
                        SecurityContextHolder.clearContext();
                    }
                },
                executor);
    }

    @Override
    public void close() {
        executor.shutdown();
    }
}
