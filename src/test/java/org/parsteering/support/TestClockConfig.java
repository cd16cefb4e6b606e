package org.parsteering.support;

import java.time.Instant;
import java.time.ZoneId;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

@TestConfiguration(proxyBeanMethods = false)
public class TestClockConfig {

    /** 15 May 2024, 09:00 in Vietnam: the week after the inspection of the seed article. */
    public static final Instant START = Instant.parse("2024-05-15T02:00:00Z");

    @Bean
    @Primary
    MutableClock testClock() {
        return new MutableClock(START, ZoneId.of("Asia/Ho_Chi_Minh"));
    }
}
