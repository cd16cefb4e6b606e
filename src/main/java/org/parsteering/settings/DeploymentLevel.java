package org.parsteering.settings;

import java.util.Locale;

/**
 * The deployment's own level (SPEC 2a): a province's portal, or a commune's. Group names, labels and the
 * dashboard's groups follow it: "Sở, ban, ngành" and "Xã, phường, đặc khu" for a province, "Phòng chuyên môn"
 * and the commune's own People's Committee for a commune.
 */
public enum DeploymentLevel {
    PROVINCE,
    COMMUNE;

    public String messageKey() {
        return "settings.level." + name();
    }

    /** {@code PROVINCE} or {@code COMMUNE} in any case; anything else is refused at start-up with its value. */
    static DeploymentLevel parse(String text) {
        try {
            return valueOf(text.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new IllegalArgumentException(
                    "par.deployment.level must be PROVINCE or COMMUNE, not \"" + text + "\"", e);
        }
    }
}
