package org.parsteering.base.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.html.Div;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.json.JsonMapper;

/**
 * A chart drawn in the browser by Chart.js (MIT licence, served from its webjar, loaded once per page at
 * runtime: no frontend build). The server sends the chart's configuration as JSON; the chart resizes with its
 * container, so it stays readable on a phone. A text summary is set as the canvas' accessible label.
 */
public class Chart extends Div {

    static final String SCRIPT = "/webjars/chart.js/4.5.1/dist/chart.umd.min.js";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private String config;

    public Chart(String ariaLabel) {
        addClassName("chart");
        getElement().setProperty("innerHTML", "<canvas role=\"img\"></canvas>");
        getElement().setAttribute("aria-label", ariaLabel);
    }

    /** The Chart.js configuration ({@code type}, {@code data}, {@code options}) as maps and lists. */
    public void setConfig(Map<String, Object> configuration) {
        this.config = JSON.writeValueAsString(configuration);
        if (isAttached()) {
            draw();
        }
    }

    /**
     * A long axis label as lines of at most {@code width} characters, broken between words (a longer word is a
     * line of its own): Chart.js draws a list as a label of several lines, so a long unit or field name is
     * shown whole instead of cut, and its tooltip shows it whole too.
     */
    public static List<String> lines(String label, int width) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : label.strip().split("\\s+")) {
            if (!line.isEmpty() && line.length() + 1 + word.length() > width) {
                lines.add(line.toString());
                line.setLength(0);
            }
            if (!line.isEmpty()) {
                line.append(' ');
            }
            line.append(word);
        }
        if (!line.isEmpty()) {
            lines.add(line.toString());
        }
        return lines;
    }

    /** The configuration as sent to the browser (JSON), or null before {@link #setConfig}. */
    public String config() {
        return config;
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        super.onAttach(attachEvent);
        if (config != null) {
            draw();
        }
    }

    private void draw() {
        getElement().executeJs("""
                        const host = this, config = JSON.parse($0);
                        const load = window.__parChart || (window.__parChart = new Promise((ok, fail) => {
                          if (window.Chart) { ok(); return; }
                          const s = document.createElement('script');
                          s.src = $1; s.onload = ok; s.onerror = fail; document.head.appendChild(s);
                        }));
                        load.then(() => {
                          const canvas = host.querySelector('canvas');
                          if (host.__chart) { host.__chart.destroy(); }
                          config.options = Object.assign({responsive: true, maintainAspectRatio: false}, config.options || {});
                          host.__chart = new window.Chart(canvas, config);
                        });
                        """, config, SCRIPT);
    }
}
