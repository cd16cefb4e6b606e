package org.parsteering.dossier;

import java.time.YearMonth;
import java.util.Map;
import org.parsteering.unit.UnitType;

/** One unit's leaders' digital-signature figures, month by month. */
public record SignatureRow(String unitCode, String unitName, UnitType unitType, Map<YearMonth, Rate> months) {}
