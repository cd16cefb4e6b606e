package org.parsteering.index.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.treegrid.TreeGrid;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.PermitAll;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.parsteering.base.Role;
import org.parsteering.base.ui.Formats;
import org.parsteering.base.ui.ImportDialog;
import org.parsteering.base.ui.Notifications;
import org.parsteering.base.ui.ViewHeader;
import org.parsteering.index.IndexItem;
import org.parsteering.index.IndexSetDraft;
import org.parsteering.index.IndexSetImportService;
import org.parsteering.index.IndexSetService;
import org.parsteering.index.IndexSetSummary;
import org.parsteering.security.CurrentUser;
import org.parsteering.unit.UnitType;

/**
 * The index sets (SPEC 3a), read by everyone: the list, and the chosen set's legal basis, unit types, bands and tree
 * of criteria with their maxima, scoring methods, rules and guidance. The secretary creates and edits sets, imports
 * and exports their items (CSV/XLSX), copies a set to a new year and deletes one no round uses.
 */
@Route("indexes")
@PermitAll
@Menu(order = 27, icon = "vaadin:chart-3d", title = "nav.indexes")
public class IndexSetsView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final IndexSetService sets;
    private final IndexSetImportService importer;
    private final Clock clock;
    private final boolean secretary;
    final Grid<IndexSetSummary> grid = new Grid<>();
    final TreeGrid<IndexItem> tree = new TreeGrid<>();
    final Div details = new Div();
    final H2 title = new H2();
    final Paragraph facts = new Paragraph();
    final HorizontalLayout actions = new HorizontalLayout();
    private IndexSetSummary selected;
    private java.util.Set<Long> parents = java.util.Set.of();

    public IndexSetsView(IndexSetService sets, IndexSetImportService importer, CurrentUser currentUser, Clock clock) {
        this.sets = sets;
        this.importer = importer;
        this.clock = clock;
        this.secretary = currentUser.hasRole(Role.SECRETARY);
        addClassName("index-sets-view");

        List<Component> buttons = new java.util.ArrayList<>();
        if (secretary) {
            Button create = new Button(getTranslation("index.set.create"), VaadinIcon.PLUS.create(), e -> openCreate());
            create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            create.setId("index-set-create");
            buttons.add(ImportDialog.button(
                    "index-set-import",
                    getTranslation("index.set.import"),
                    getTranslation("index.set.importHelp"),
                    IndexSetImportService.FORMAT,
                    (file, name, progress) -> importer.importIndexSets(file),
                    this::refresh));
            buttons.add(create);
        }
        add(new ViewHeader(
                getTranslation("nav.indexes"),
                getTranslation("index.sets.description"),
                buttons.toArray(Component[]::new)));
        add(new IndexTabs(IndexTabs.Page.SETS));

        grid.addColumn(IndexSetSummary::code)
                .setHeader(getTranslation("index.set.code"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(s -> s.name(getLocale()))
                .setHeader(getTranslation("index.set.name"))
                .setFlexGrow(3);
        grid.addColumn(IndexSetSummary::year)
                .setHeader(getTranslation("index.set.year"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(s -> Formats.decimal(s.maxPoints(), getLocale()))
                .setHeader(getTranslation("index.set.maxPoints"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        grid.setAllRowsVisible(true);
        grid.setId("index-sets-grid");
        grid.addSelectionListener(e -> e.getFirstSelectedItem().ifPresent(this::select));

        tree.addHierarchyColumn(i -> i.code())
                .setHeader(getTranslation("index.item.code"))
                .setWidth("12rem")
                .setFlexGrow(0)
                .setFrozen(true);
        tree.addColumn(i -> i.title(getLocale()))
                .setHeader(getTranslation("index.item.title"))
                .setWidth("22rem")
                .setFlexGrow(4)
                .setTooltipGenerator(i -> i.guidance() == null ? i.title(getLocale()) : i.guidance());
        tree.addColumn(this::range)
                .setHeader(getTranslation("index.item.points"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        tree.addColumn(i -> parents.contains(i.id())
                        ? ""
                        : getTranslation(i.method().messageKey()))
                .setHeader(getTranslation("index.item.method"))
                .setAutoWidth(true);
        tree.addColumn(i -> i.rule() == null ? "" : i.rule())
                .setHeader(getTranslation("index.item.rule"))
                .setWidth("13rem")
                .setFlexGrow(1)
                .setTooltipGenerator(i -> i.rule() == null ? "" : i.rule());
        tree.addColumn(i -> i.evidenceRequired() ? getTranslation("index.item.evidenceYes") : "")
                .setHeader(getTranslation("index.item.evidence"))
                .setAutoWidth(true);
        tree.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        tree.setId("index-items-tree");
        tree.setHeight("32rem");

        actions.setWrap(true);
        actions.addClassName("index-set-actions");
        facts.addClassName("index-set-facts");
        details.add(title, facts, actions, tree);
        details.addClassName("index-set-details");
        add(grid, details);
        setSizeFull();
    }

    /** "6" or "from −3 to 3" for a bonus/penalty item. */
    private String range(IndexItem i) {
        return i.minPoints().signum() < 0
                ? getTranslation(
                        "index.item.range",
                        Formats.decimal(i.minPoints(), getLocale()),
                        Formats.decimal(i.maxPoints(), getLocale()))
                : Formats.decimal(i.maxPoints(), getLocale());
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        refresh();
        String wanted = event.getLocation()
                .getQueryParameters()
                .getSingleParameter("set")
                .orElse(null);
        List<IndexSetSummary> list = sets.sets();
        list.stream()
                .filter(s -> s.code().equals(wanted))
                .findFirst()
                .or(() -> list.stream().findFirst())
                .ifPresent(grid::select);
    }

    void refresh() {
        List<IndexSetSummary> list = sets.sets();
        grid.setItems(list);
        details.setVisible(!list.isEmpty());
        if (selected != null) {
            list.stream()
                    .filter(s -> s.code().equals(selected.code()))
                    .findFirst()
                    .ifPresent(grid::select);
        }
    }

    void select(IndexSetSummary set) {
        selected = set;
        title.setText(set.code() + " — " + set.name(getLocale()));
        String types = set.unitTypes().stream()
                .map(t -> getTranslation(t.messageKey()))
                .sorted()
                .collect(Collectors.joining(", "));
        String bands = set.bands().stream()
                .map(b -> b.name(getLocale()) + " ≥ " + Formats.decimal(b.lowerPercent(), getLocale()) + " %")
                .collect(Collectors.joining(" · "));
        facts.setText(getTranslation(
                "index.set.facts",
                String.valueOf(set.year()),
                set.legalBasis() == null ? "—" : set.legalBasis(),
                types,
                Formats.decimal(set.maxPoints(), getLocale()),
                bands.isEmpty() ? "—" : bands));
        List<IndexItem> items = sets.items(set.code());
        parents = items.stream()
                .map(IndexItem::parentId)
                .filter(java.util.Objects::nonNull)
                .collect(Collectors.toSet());
        Map<Long, IndexItem> byId = items.stream().collect(Collectors.toMap(IndexItem::id, i -> i));
        Map<Long, List<IndexItem>> children = new HashMap<>();
        items.forEach(i -> {
            if (i.parentId() != null) {
                children.computeIfAbsent(i.parentId(), k -> new java.util.ArrayList<>())
                        .add(i);
            }
        });
        tree.setItems(
                items.stream()
                        .filter(i -> i.parentId() == null || !byId.containsKey(i.parentId()))
                        .toList(),
                i -> children.getOrDefault(i.id(), List.of()));
        tree.expandRecursively(items.stream().filter(i -> i.level() == 1).toList(), 1);
        showActions(set, items.isEmpty());
        getUI().ifPresent(ui -> ui.getPage()
                .getHistory()
                .replaceState(
                        null, "indexes?" + QueryParameters.of("set", set.code()).getQueryString()));
    }

    private void showActions(IndexSetSummary set, boolean empty) {
        actions.removeAll();
        Anchor export = new Anchor(
                DownloadHandler.fromInputStream(event -> {
                    byte[] bytes = importer.export(set.code());
                    return new DownloadResponse(
                            new ByteArrayInputStream(bytes), set.code() + ".csv", "text/csv", bytes.length);
                }),
                AttachmentType.DOWNLOAD,
                getTranslation("index.set.export"));
        export.setId("index-set-export");
        export.addClassName("link-button");
        Anchor exportXlsx = new Anchor(
                DownloadHandler.fromInputStream(event -> {
                    byte[] bytes = importer.exportXlsx(set.code());
                    return new DownloadResponse(
                            new ByteArrayInputStream(bytes),
                            set.code() + ".xlsx",
                            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                            bytes.length);
                }),
                AttachmentType.DOWNLOAD,
                getTranslation("index.set.exportXlsx"));
        exportXlsx.setId("index-set-export-xlsx");
        exportXlsx.addClassName("link-button");
        actions.add(export, exportXlsx);
        if (empty) {
            Span hint = new Span(getTranslation("index.set.noItems"));
            hint.addClassName("hint");
            actions.add(hint);
        }
        if (!secretary) {
            return;
        }
        Button edit = new Button(getTranslation("common.edit"), VaadinIcon.EDIT.create(), e -> openEdit(set));
        edit.setId("index-set-edit");
        Button copy = new Button(getTranslation("index.set.copy"), VaadinIcon.COPY.create(), e -> openCopy(set));
        copy.setId("index-set-copy");
        Button delete = new Button(getTranslation("common.delete"), VaadinIcon.TRASH.create(), e -> confirmDelete(set));
        delete.addThemeVariants(ButtonVariant.LUMO_ERROR);
        delete.setId("index-set-delete");
        delete.setEnabled(sets.roundCount(set.code()) == 0);
        actions.add(edit, copy, delete);
    }

    private void openCreate() {
        IndexSetDialog[] dialog = new IndexSetDialog[1];
        dialog[0] = new IndexSetDialog(
                new IndexSetDraft(
                        "",
                        null,
                        "",
                        "",
                        LocalDate.now(clock).getYear(),
                        "",
                        // a provincial PAR INDEX assesses the departments and the commune-level units
                        Set.of(UnitType.DEPARTMENT, UnitType.COMMUNE, UnitType.WARD, UnitType.SPECIAL_ZONE),
                        BigDecimal.valueOf(100),
                        org.parsteering.index.IndexSets.DEFAULT_BANDS),
                true,
                d -> {
                    IndexSetSummary created = sets.create(d);
                    dialog[0].close();
                    Notifications.success(getTranslation("index.set.saved", created.code()));
                    selected = created;
                    refresh();
                });
        dialog[0].open();
    }

    private void openEdit(IndexSetSummary set) {
        IndexSetDialog[] dialog = new IndexSetDialog[1];
        dialog[0] = new IndexSetDialog(IndexSetDraft.of(set), false, d -> {
            IndexSetSummary saved = sets.update(set.code(), d, set.version());
            dialog[0].close();
            Notifications.success(getTranslation("index.set.saved", saved.code()));
            selected = saved;
            refresh();
        });
        dialog[0].open();
    }

    private void openCopy(IndexSetSummary set) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("index.set.copyTitle", set.code()));
        IntegerField year = new IntegerField(getTranslation("index.set.year"));
        year.setValue(set.year() + 1);
        year.setStepButtonsVisible(true);
        TextField code = new TextField(getTranslation("index.set.code"));
        code.setValue(Optional.ofNullable(set.family()).orElse(set.code()) + "-" + (set.year() + 1));
        code.setId("index-copy-code");
        year.addValueChangeListener(e -> {
            if (e.getValue() != null) {
                code.setValue(set.family() + "-" + e.getValue());
            }
        });
        dialog.add(new Paragraph(getTranslation("index.set.copyText")), year, code);
        Button go = new Button(getTranslation("index.set.copy"), e -> {
            IndexSetSummary copy = sets.copyToYear(
                    set.code(), code.getValue(), year.getValue() == null ? set.year() + 1 : year.getValue());
            dialog.close();
            Notifications.success(getTranslation("index.set.copied", copy.code()));
            selected = copy;
            refresh();
        });
        go.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        go.setId("index-copy-go");
        dialog.getFooter().add(new Button(getTranslation("common.cancel"), e -> dialog.close()), go);
        dialog.open();
    }

    private void confirmDelete(IndexSetSummary set) {
        ConfirmDialog dialog = new ConfirmDialog();
        dialog.setHeader(getTranslation("index.set.deleteTitle", set.code()));
        dialog.setText(getTranslation("index.set.deleteText"));
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("common.cancel"));
        dialog.setConfirmText(getTranslation("common.delete"));
        dialog.setConfirmButtonTheme("error primary");
        dialog.addConfirmListener(e -> {
            sets.delete(set.code());
            Notifications.success(getTranslation("index.set.deleted", set.code()));
            selected = null;
            refresh();
            sets.sets().stream().findFirst().ifPresent(grid::select);
        });
        dialog.open();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.indexes");
    }
}
