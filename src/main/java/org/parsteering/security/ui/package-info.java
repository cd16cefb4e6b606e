/** Sign-in, profile and user administration screens; the language choice the shell offers on every page. */
@NamedInterface("ui")
package org.parsteering.security.ui;

import org.springframework.modulith.NamedInterface;
