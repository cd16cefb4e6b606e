package org.parsteering.base;

import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.task.DelegatingSecurityContextAsyncTaskExecutor;
import org.springframework.stereotype.Component;

/**
 * Long work started from a screen (a 100,000-row import, a report) runs here, off the request thread and
 * without the user's session lock, so that neither that user's screen nor anyone else's waits for it. The
 * pool is small on purpose: two jobs at once on a two-core server, the others queue. The job runs as the
 * user who started it: Spring Security's delegating executor hands the caller's security context to the
 * worker thread and clears it afterwards, so the security checks of the services apply as on the screen.
 */
@Component
public class BackgroundJobs implements AutoCloseable {

    private final ThreadPoolTaskExecutor pool = new ThreadPoolTaskExecutor();

    BackgroundJobs(@Value("${par.background.threads:2}") int threads) {
        pool.setCorePoolSize(threads);
        pool.setMaxPoolSize(threads);
        pool.setQueueCapacity(100);
        pool.setThreadNamePrefix("par-job-");
        pool.setWaitForTasksToCompleteOnShutdown(true);
        pool.setAwaitTerminationSeconds(120);
        pool.initialize();
    }

    /** Runs the job as the current user; the future completes with its result or its exception. */
    public <T> CompletableFuture<T> submit(Supplier<T> job) {
        // A snapshot, not the caller's context object: that one lives in the HTTP session, and a logout in
        // another tab empties it while the job still runs.
        SecurityContext snapshot = SecurityContextHolder.createEmptyContext();
        snapshot.setAuthentication(SecurityContextHolder.getContext().getAuthentication());
        return CompletableFuture.supplyAsync(job, new DelegatingSecurityContextAsyncTaskExecutor(pool, snapshot));
    }

    @Override
    public void close() {
        pool.shutdown();
    }
}
