package org.parsteering.dossier;

import java.time.LocalDate;

/**
 * What determines a figures report, and so its cache key: the period, its end (min(to, today): the same
 * period gives other figures tomorrow), the unit (null = all), the channel (null = all) and the {@link
 * org.parsteering.base.DataVersion} token of the data it was computed from.
 */
record FigureQuery(LocalDate from, LocalDate to, LocalDate end, String unitCode, Channel channel, String version) {}
