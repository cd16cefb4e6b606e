package org.parsteering.base.ui;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.regex.Pattern;
import org.springframework.web.util.HtmlUtils;

/**
 * Static HTML for a Vaadin {@code Html} component, built element by element: every text and attribute value
 * goes through Spring's {@link HtmlUtils#htmlEscape(String, String)}, tag and attribute names must be plain
 * names, and each element is closed by the builder, so no data can open, close or cut markup. For screens
 * that draw a whole card as one server-side element (the dashboard) instead of a component per cell.
 *
 * <pre>{@code
 * new HtmlBuilder().open("div", "class", "kpi").element("span", name, "class", "kpi-label").close().build()
 * }</pre>
 */
public final class HtmlBuilder {

    private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9-]*");

    private final StringBuilder out = new StringBuilder(256);
    private final Deque<String> open = new ArrayDeque<>();

    /** Opens an element with attributes given as name, value pairs (a null value leaves the attribute out). */
    public HtmlBuilder open(String tag, String... attributes) {
        out.append('<').append(name(tag));
        if (attributes.length % 2 != 0) {
            throw new IllegalArgumentException("attributes come as name, value pairs");
        }
        for (int i = 0; i < attributes.length; i += 2) {
            if (attributes[i + 1] != null) {
                out.append(' ')
                        .append(name(attributes[i]))
                        .append("=\"")
                        .append(escape(attributes[i + 1]))
                        .append('"');
            }
        }
        out.append('>');
        open.push(tag);
        return this;
    }

    /** Closes the element opened last. */
    public HtmlBuilder close() {
        if (open.isEmpty()) {
            throw new IllegalStateException("no element is open");
        }
        out.append("</").append(open.pop()).append('>');
        return this;
    }

    /** Text content, escaped (null is no text). */
    public HtmlBuilder text(String text) {
        if (text != null) {
            out.append(escape(text));
        }
        return this;
    }

    /** An element holding only text: {@code open(tag, attributes).text(text).close()}. */
    public HtmlBuilder element(String tag, String text, String... attributes) {
        return open(tag, attributes).text(text).close();
    }

    /** The markup of another builder (already escaped and closed by it). */
    public HtmlBuilder append(HtmlBuilder other) {
        out.append(other.build());
        return this;
    }

    /** The markup; refused while an element is still open. */
    public String build() {
        if (!open.isEmpty()) {
            throw new IllegalStateException("element <" + open.peek() + "> is not closed");
        }
        return out.toString();
    }

    /** Escapes {@code < > & " '}; other characters (Vietnamese letters) stay as they are. */
    public static String escape(String text) {
        return HtmlUtils.htmlEscape(text, "UTF-8");
    }

    private static String name(String name) {
        if (name == null || !NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("not a tag or attribute name: " + name);
        }
        return name;
    }
}
