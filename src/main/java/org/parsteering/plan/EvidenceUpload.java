package org.parsteering.plan;

import java.nio.file.Path;

/** A file a unit attaches to a progress report, as received (in a temporary file, never whole in memory). */
public record EvidenceUpload(String fileName, Path file, long size) {

    /** The largest evidence file (SPEC 7), enforced while it is received and again by the service. */
    public static final long MAX_BYTES = 10L * 1024 * 1024;
}
