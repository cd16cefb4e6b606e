/**
 * Accounts, sign-in and authorisation: users with one role (and, for a unit head, one unit), hashed
 * passwords, lock-out after repeated failures, personal API tokens for the automation API, the
 * {@link org.parsteering.security.CurrentUser} that services ask who is calling, and the screens for
 * user administration and the personal profile.
 *
 * <p>Sessions follow the account: locking, unlocking, deleting, a new role or unit, and a new password
 * raise the account's session version, and {@link org.parsteering.security.EndedSessionFilter} ends every
 * session signed in with an older one at its next request, on every node (the version is read from the
 * database on each request). A temporary lock-out after failed sign-ins does not end open sessions, so
 * that guessing at someone's password cannot sign them out. Background jobs run as the user who started
 * them; {@code CurrentUser} re-reads the account on every call outside an HTTP request, so a job of an
 * account changed meanwhile is refused at its next step that asks who is calling.
 */
@ApplicationModule(displayName = "Accounts and security")
package org.parsteering.security;

import org.springframework.modulith.ApplicationModule;
