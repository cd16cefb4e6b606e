package org.parsteering.base.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The dashboard's static HTML: data can never open, close or cut markup. */
class HtmlBuilderTest {

    static final String HOSTILE = "Xã <script>alert(\"x\")</script> & 'Bài Sơn' \"><img src=x onerror=alert(1)>";

    @Test
    void hostile_text_and_attribute_values_are_escaped_and_vietnamese_letters_stay_readable() {
        String html = new HtmlBuilder()
                .open("div", "class", "kpi", "title", HOSTILE)
                .element("a", HOSTILE, "router-link", "", "href", "dossiers?unit=" + HOSTILE)
                .close()
                .build();
        assertThat(html)
                .doesNotContain("<script")
                .doesNotContain("<img")
                .doesNotContain("'Bài")
                .contains("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;Bài Sơn&#39; &quot;&gt;&lt;img")
                .startsWith("<div class=\"kpi\" title=\"Xã &lt;script&gt;")
                .endsWith("</a></div>");
        // exactly the elements opened by the builder, however hostile the data
        assertThat(html.split("<", -1)).hasSize(5);
    }

    @Test
    void a_null_attribute_is_left_out_and_a_null_text_is_no_text() {
        assertThat(new HtmlBuilder()
                        .element("span", null, "class", null, "id", "x")
                        .build())
                .isEqualTo("<span id=\"x\"></span>");
    }

    @Test
    void an_element_left_open_or_a_close_too_many_is_refused() {
        assertThatThrownBy(
                        () -> new HtmlBuilder().open("div").open("span").close().build())
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("<div>");
        assertThatThrownBy(() -> new HtmlBuilder().element("p", "x").close()).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void tag_and_attribute_names_must_be_plain_names() {
        for (String bad : List.of("div onclick=x", "a\"", "<b>", "", "Div")) {
            assertThatThrownBy(() -> new HtmlBuilder().open(bad)).as(bad).isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> new HtmlBuilder().open("div", bad, "v"))
                    .as(bad)
                    .isInstanceOf(IllegalArgumentException.class);
        }
        assertThatThrownBy(() -> new HtmlBuilder().open("div", "class")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void another_builders_markup_is_appended_as_it_is_and_only_when_closed() {
        HtmlBuilder inner = new HtmlBuilder().element("b", "<1>");
        assertThat(new HtmlBuilder().open("p").append(inner).close().build()).isEqualTo("<p><b>&lt;1&gt;</b></p>");
        assertThatThrownBy(() -> new HtmlBuilder().append(new HtmlBuilder().open("i")))
                .isInstanceOf(IllegalStateException.class);
    }
}
