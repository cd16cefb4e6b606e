package org.parsteering.dossier;

import java.time.LocalDate;
import org.parsteering.unit.Structure;

/**
 * What determines a figures report, and so its cache key: the period, its end (min(to, today): the same
 * period gives other figures tomorrow), the unit (null = all), the channel (null = all), the structure and the
 * {@link org.parsteering.base.DataVersion} token of the data it was computed from (a unit change bumps it).
 */
record FigureQuery(
        LocalDate from,
        LocalDate to,
        LocalDate end,
        String unitCode,
        Channel channel,
        Structure structure,
        String version) {}
