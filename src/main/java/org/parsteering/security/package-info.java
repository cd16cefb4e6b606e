/**
 * Accounts, sign-in and authorisation: users with one role (and, for a unit head, one unit), hashed
 * passwords, lock-out after repeated failures, personal API tokens for the automation API, the
 * {@link org.parsteering.security.CurrentUser} that services ask who is calling, and the screens for
 * user administration and the personal profile.
 */
package org.parsteering.security;
