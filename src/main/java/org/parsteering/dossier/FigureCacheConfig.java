package org.parsteering.dossier;

import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.cache.CacheManager;
import org.springframework.cache.annotation.EnableCaching;
import org.springframework.cache.caffeine.CaffeineCacheManager;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The figures cache (Spring's cache abstraction on Caffeine), per node: what makes the dashboards fast at
 * province scale, the committee's quarter, the previous one and the monthly trend computed once per change of
 * the data. No eviction on a change is needed, nor possible across nodes: every key carries the {@link
 * org.parsteering.base.DataVersion} token, read from the shared database on each lookup, so a change on any
 * node makes the old entries unreachable at once, and they leave by size or age. {@code
 * par.figures.cache.maximum-size} bounds the entries (least recently and frequently used out first); {@code
 * par.figures.cache.expire-after-access} frees those no one read for that long.
 */
@Configuration(proxyBeanMethods = false)
@EnableCaching
class FigureCacheConfig {

    static final String FIGURES = "figures";

    @Bean
    CacheManager cacheManager(
            @Value("${par.figures.cache.maximum-size:128}") long maximumSize,
            @Value("${par.figures.cache.expire-after-access:1h}") Duration expireAfterAccess) {
        CaffeineCacheManager manager = new CaffeineCacheManager();
        manager.setAllowNullValues(false);
        manager.registerCustomCache(
                FIGURES,
                Caffeine.newBuilder()
                        .maximumSize(maximumSize)
                        .expireAfterAccess(expireAfterAccess)
                        .build());
        return manager;
    }
}
