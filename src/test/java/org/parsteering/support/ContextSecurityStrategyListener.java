package org.parsteering.support;

import org.springframework.context.ApplicationContext;
import org.springframework.core.Ordered;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.test.context.TestContext;
import org.springframework.test.context.TestExecutionListener;

/**
 * The suite keeps several application contexts cached (mock web environment, real server, a server with
 * other cookie settings). Vaadin installs each context's own {@link SecurityContextHolderStrategy} as the
 * static one when the context starts, while each context's method security keeps its own: a test of an
 * older context would then set the caller where its services do not look. Before every test this points
 * the static holder at the strategy of the test's own context, as in production, where there is one.
 */
public class ContextSecurityStrategyListener implements TestExecutionListener, Ordered {

    @Override
    public void beforeTestClass(TestContext testContext) {
        useStrategyOf(testContext);
    }

    @Override
    public void prepareTestInstance(TestContext testContext) {
        useStrategyOf(testContext);
    }

    @Override
    public void beforeTestMethod(TestContext testContext) {
        useStrategyOf(testContext);
    }

    private static void useStrategyOf(TestContext testContext) {
        if (!testContext.hasApplicationContext()) {
            return;
        }
        ApplicationContext context = testContext.getApplicationContext();
        context.getBeanProvider(SecurityContextHolderStrategy.class).ifAvailable(strategy -> {
            if (SecurityContextHolder.getContextHolderStrategy() != strategy) {
                SecurityContextHolder.setContextHolderStrategy(strategy);
            }
        });
    }

    @Override
    public int getOrder() {
        // before Spring Security's WithSecurityContextTestExecutionListener (order 10000) sets the caller
        return 5000;
    }
}
