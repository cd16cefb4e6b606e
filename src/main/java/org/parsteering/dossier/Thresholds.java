package org.parsteering.dossier;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The thresholds of SPEC 3 with their defaults (on time 95 %, signatures 90 %, components 90 %, online
 * payment 30 %). The reminders issue turns them into settings the secretary edits.
 */
@ConfigurationProperties("par.thresholds")
public record Thresholds(Double onTime, Double signatures, Double componentsDigitized, Double onlinePayment) {

    public Thresholds {
        onTime = onTime == null ? 95.0 : onTime;
        signatures = signatures == null ? 90.0 : signatures;
        componentsDigitized = componentsDigitized == null ? 90.0 : componentsDigitized;
        onlinePayment = onlinePayment == null ? 30.0 : onlinePayment;
    }

    /** The threshold of a figure in percent, or null when it has none. */
    public Double of(Figure figure) {
        if (figure.thresholdKey() == null) {
            return null;
        }
        return switch (figure.thresholdKey()) {
            case "onTime" -> onTime;
            case "signatures" -> signatures;
            case "componentsDigitized" -> componentsDigitized;
            case "onlinePayment" -> onlinePayment;
            default -> null;
        };
    }
}
