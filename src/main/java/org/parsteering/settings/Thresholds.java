package org.parsteering.settings;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The thresholds and periods of SPEC 3 and 4, as the secretary sets them: rates in percent (0–100), periods
 * in days (at least 1). Defaults: on time 95 %, leaders' signatures 90 %, components digitised 90 %, online
 * payment 30 %, due-soon window 7 days, stale progress 30 days, escalation after 5 days unacknowledged.
 */
public record Thresholds(
        double onTime,
        double signatures,
        double componentsDigitized,
        double onlinePayment,
        int dueSoonDays,
        int staleDays,
        int escalationDays) {

    public static final Thresholds DEFAULTS = new Thresholds(95, 90, 90, 30, 7, 30, 5);

    /** The setting names as stored and audited, with their values. */
    public Map<String, Object> asMap() {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("onTime", onTime);
        map.put("signatures", signatures);
        map.put("componentsDigitized", componentsDigitized);
        map.put("onlinePayment", onlinePayment);
        map.put("dueSoonDays", dueSoonDays);
        map.put("staleDays", staleDays);
        map.put("escalationDays", escalationDays);
        return map;
    }

    /** The rate threshold of a figure by its setting name ({@code onTime}, …), or null when it has none. */
    public Double rate(String key) {
        if (key == null) {
            return null;
        }
        return switch (key) {
            case "onTime" -> onTime;
            case "signatures" -> signatures;
            case "componentsDigitized" -> componentsDigitized;
            case "onlinePayment" -> onlinePayment;
            default -> null;
        };
    }

    static boolean isRate(String key) {
        return !key.endsWith("Days");
    }
}
