package org.parsteering.base;

/**
 * Somebody else saved the same record since this copy was read. The user reloads and re-applies their
 * change; nothing is overwritten silently.
 */
public class ConcurrentEditException extends BusinessException {

    public ConcurrentEditException(String changedBy) {
        super("error.concurrentEdit", changedBy == null ? "?" : changedBy);
    }
}
