/**
 * The audit trail: who changed what, when, from which value to which. Every feature records its
 * changes through {@link org.parsteering.audit.AuditService}; the audit log screen reads them back.
 */
@ApplicationModule(displayName = "Audit trail")
package org.parsteering.audit;

import org.springframework.modulith.ApplicationModule;
