package org.parsteering.index.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Nav;

/**
 * The three pages of the indexes (sets, rounds, results) as links at the top of each, the current one marked.
 * Links rather than tabs: each page has its own address, so a page can be bookmarked and shared.
 */
public class IndexTabs extends Nav {

    /** The pages, by path. */
    public enum Page {
        SETS("indexes", "index.tab.sets"),
        ROUNDS("indexes/rounds", "index.tab.rounds"),
        RESULTS("indexes/results", "index.tab.results");

        private final String path;
        private final String key;

        Page(String path, String key) {
            this.path = path;
            this.key = key;
        }

        public String path() {
            return path;
        }

        public String messageKey() {
            return key;
        }
    }

    public IndexTabs(Page current) {
        addClassName("index-tabs");
        for (Page p : Page.values()) {
            Anchor link = new Anchor(p.path, getTranslation(p.key));
            link.addClassName("index-tab");
            if (p == current) {
                link.addClassName("current");
                link.getElement().setAttribute("aria-current", "page");
            }
            add(link);
        }
    }
}
