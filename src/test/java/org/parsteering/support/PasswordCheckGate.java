package org.parsteering.support;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Lets a test hold sign-ins inside the password comparison, the slow step of a sign-in (bcrypt), to
 * make a race deterministic: attempts with the held password wait there until {@link #release()}. Every
 * other password passes straight through, so the shared test context behaves as in production.
 */
public final class PasswordCheckGate {

    private volatile String held;
    private volatile CountDownLatch latch = new CountDownLatch(0);
    private final AtomicInteger checks = new AtomicInteger();

    /** From now on, comparisons of {@code rawPassword} wait until {@link #release()}. */
    public void hold(String rawPassword) {
        checks.set(0);
        latch = new CountDownLatch(1);
        held = rawPassword;
    }

    /** How many comparisons of the held password have started since {@link #hold}. */
    public int checks() {
        return checks.get();
    }

    public void release() {
        held = null;
        latch.countDown();
    }

    private void pass(CharSequence raw) {
        String h = held;
        if (h != null && raw != null && h.contentEquals(raw)) {
            checks.incrementAndGet();
            try {
                if (!latch.await(30, TimeUnit.SECONDS)) {
                    throw new IllegalStateException("password check held for 30 s");
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /**
     * The tests hash passwords with bcrypt at cost 4 instead of the production default of 10: the same
     * algorithm and stored format ({@code {bcrypt}$2a$04$...}) at 1/64 of the work, so that the suite's
     * hundreds of sign-ins and new accounts do not spend a fifth of its time in bcrypt. Checking a password
     * goes through the application's own encoder, which reads the cost from the stored hash.
     */
    static final BCryptPasswordEncoder TEST_BCRYPT = new BCryptPasswordEncoder(4);

    @TestConfiguration(proxyBeanMethods = false)
    public static class Config {

        @Bean
        PasswordCheckGate passwordCheckGate() {
            return new PasswordCheckGate();
        }

        @Bean
        static BeanPostProcessor passwordCheckGateWrapper(
                org.springframework.beans.factory.ObjectProvider<PasswordCheckGate> gate) {
            return new BeanPostProcessor() {
                @Override
                public Object postProcessAfterInitialization(Object bean, String beanName) {
                    if (bean instanceof PasswordEncoder encoder) {
                        return new PasswordEncoder() {
                            @Override
                            public String encode(CharSequence raw) {
                                return "{bcrypt}" + TEST_BCRYPT.encode(raw);
                            }

                            @Override
                            public boolean matches(CharSequence raw, String encoded) {
                                gate.getObject().pass(raw);
                                return encoder.matches(raw, encoded);
                            }

                            @Override
                            public boolean upgradeEncoding(String encoded) {
                                return encoder.upgradeEncoding(encoded);
                            }
                        };
                    }
                    return bean;
                }
            };
        }
    }
}
