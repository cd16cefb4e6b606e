package org.parsteering.plan;

/**
 * One piece of evidence of a report: a stored file (downloadable at {@code /evidence/{publicId}}, an
 * unguessable id, never the row number) or a link.
 */
public record EvidenceView(String publicId, String fileName, String contentType, long size, String url) {

    public boolean isLink() {
        return url != null;
    }

    public String href() {
        return isLink() ? url : "evidence/" + publicId;
    }
}
