package org.parsteering.security;

/** A freshly created token: the only time the plain token is available. */
public record CreatedApiToken(ApiTokenSummary summary, String token) {}
