package org.parsteering.plan;

import java.nio.file.Path;

/** A file a unit attaches to a progress report, as received (in a temporary file, never whole in memory). */
public record EvidenceUpload(String fileName, Path file, long size) {}
