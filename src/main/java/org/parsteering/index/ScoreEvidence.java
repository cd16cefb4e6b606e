package org.parsteering.index;

/**
 * A piece of evidence of a self-assessed score: a stored file (downloaded at {@code /index-evidence/{publicId}},
 * an unguessable id) or a link.
 */
public record ScoreEvidence(String publicId, String fileName, String contentType, long size, String url) {

    public boolean isLink() {
        return url != null;
    }

    public String href() {
        return isLink() ? url : "index-evidence/" + publicId;
    }
}
