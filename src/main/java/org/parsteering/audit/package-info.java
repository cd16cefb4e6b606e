/**
 * The audit trail: who changed what, when, from which value to which. Every feature records its
 * changes through {@link org.parsteering.audit.AuditService}; the audit log screen reads them back.
 */
package org.parsteering.audit;
