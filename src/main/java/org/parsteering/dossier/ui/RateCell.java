package org.parsteering.dossier.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.util.Locale;
import org.parsteering.dossier.Rate;

/** A rate as a grid cell: the percentage over its numerator / denominator, red below the threshold. */
class RateCell extends Div {

    RateCell(Rate rate, Double threshold, Locale locale, String belowTitle) {
        addClassName("rate");
        if (rate == null) {
            return;
        }
        Span pct = new Span(rate.percentText(locale));
        pct.addClassName("rate-value");
        if (!rate.defined()) {
            add(pct); // a period without data shows "—" alone, not "— 0 / 0"
            return;
        }
        Span frac = new Span(rate.fractionText(locale));
        frac.addClassName("rate-fraction");
        add(pct, frac);
        if (threshold != null && rate.below(threshold)) {
            addClassName("rate-below");
            getElement().setAttribute("title", belowTitle);
        }
    }
}
