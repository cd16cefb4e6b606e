package org.parsteering.support;

import org.springframework.boot.test.context.SpringBootTest;

/**
 * Base of the tests that talk HTTP to the application (the automation API, sign-in through the login form,
 * session cookies, security headers, downloads): the same context as {@link IntegrationTest}, but with a
 * real web server on a random port ({@code @LocalServerPort}). Only these tests start a server; services
 * and Karibu views run on the mock web environment of {@link IntegrationTest}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
public abstract class HttpTest extends IntegrationTest {}
