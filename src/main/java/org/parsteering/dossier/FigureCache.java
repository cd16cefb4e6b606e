package org.parsteering.dossier;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * The figures of recently asked periods, per node, keyed by the period, its end (today moves it), the unit,
 * the channel and the {@link org.parsteering.base.DataVersion} token: an import or any change to dossiers,
 * signature reports or units replaces the token, so a cached report is never older than the data. Bounded
 * (least recently used out first). What makes the dashboards fast at province scale: the committee's
 * quarter, the previous one and the monthly trend are computed once per change of the data.
 */
@Component
class FigureCache {

    static final int MAX_ENTRIES = 128;

    record Key(LocalDate from, LocalDate to, LocalDate end, String unitCode, Channel channel, String version) {}

    private final Map<Key, FigureReport> entries = new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Key, FigureReport> eldest) {
            return size() > MAX_ENTRIES;
        }
    };

    synchronized FigureReport get(Key key) {
        return entries.get(key);
    }

    synchronized void put(Key key, FigureReport report) {
        entries.put(key, report);
    }

    synchronized int size() {
        return entries.size();
    }
}
