package org.parsteering.index.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.treegrid.TreeGrid;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.parsteering.base.Role;
import org.parsteering.base.ui.Formats;
import org.parsteering.base.ui.ImportDialog;
import org.parsteering.base.ui.Notifications;
import org.parsteering.base.ui.ViewHeader;
import org.parsteering.index.AssessmentService;
import org.parsteering.index.IndexItem;
import org.parsteering.index.IndexScoreImportService;
import org.parsteering.index.RoundState;
import org.parsteering.index.RoundSummary;
import org.parsteering.index.ScoreLine;
import org.parsteering.index.ScoringMethod;
import org.parsteering.index.UnitSheet;
import org.parsteering.security.CurrentUser;
import org.parsteering.security.ParUser;

/**
 * One round (SPEC 3a): its stage and deadlines, the steps the committee takes (appraisal, appeals, publication, the
 * import of survey points), the units with their totals, and the chosen unit's sheet — the tree of criteria with the
 * self, appraised and final points of each and where it stands. A criterion opens the score dialog, where the unit's
 * head self-assesses with evidence and appeals, and the committee appraises and decides. A unit head sees only their
 * own unit.
 */
@Route("indexes/rounds/:roundId")
@PermitAll
public class IndexRoundView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final AssessmentService rounds;
    private final IndexScoreImportService scoreImport;
    private final org.parsteering.index.IndexReportService reports;
    private final ParUser user;
    private final boolean manager;
    final H2 title = new H2();
    final Paragraph facts = new Paragraph();
    final HorizontalLayout roundActions = new HorizontalLayout();
    final Grid<UnitSheet> unitsGrid = new Grid<>();
    final com.vaadin.flow.component.textfield.TextField unitFilter =
            new com.vaadin.flow.component.textfield.TextField();
    final H2 unitTitle = new H2();
    final Paragraph unitFacts = new Paragraph();
    final HorizontalLayout unitActions = new HorizontalLayout();
    final TreeGrid<IndexItem> sheetGrid = new TreeGrid<>();
    private RoundSummary round;
    private UnitSheet sheet;
    private Map<Long, ScoreLine> lines = Map.of();

    public static String path(long roundId, String unitCode) {
        return "indexes/rounds/" + roundId + (unitCode == null ? "" : "?unit=" + unitCode);
    }

    public IndexRoundView(
            AssessmentService rounds,
            IndexScoreImportService scoreImport,
            org.parsteering.index.IndexReportService reports,
            CurrentUser currentUser) {
        this.rounds = rounds;
        this.reports = reports;
        this.scoreImport = scoreImport;
        this.user = currentUser.require();
        this.manager = user.role() == Role.COMMITTEE || user.role() == Role.SECRETARY;
        addClassName("index-round-view");
        add(new ViewHeader(getTranslation("nav.indexes"), getTranslation("index.roundPage.description")));
        add(new IndexTabs(IndexTabs.Page.ROUNDS));
        roundActions.setWrap(true);
        unitActions.setWrap(true);
        facts.addClassName("index-round-facts");

        unitsGrid
                .addColumn(UnitSheet::unitName)
                .setHeader(getTranslation("index.round.unit"))
                .setFlexGrow(3)
                .setWidth("14rem");
        unitsGrid
                .addColumn(s -> Formats.decimal(s.total(), getLocale()))
                .setHeader(getTranslation("index.round.total"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        unitsGrid
                .addComponentColumn(s -> {
                    Span b = new Span(
                            getTranslation(s.submitted() ? "index.round.unitSubmitted" : "index.round.unitDraft"));
                    b.getElement().getThemeList().add(s.submitted() ? "badge success" : "badge");
                    return b;
                })
                .setHeader(getTranslation("index.round.submitted"))
                .setAutoWidth(true);
        unitsGrid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        unitsGrid.setHeight("16rem");
        unitsGrid.setId("index-round-units");
        unitsGrid.addItemClickListener(e -> showUnit(e.getItem().unitCode()));
        unitFilter.setPlaceholder(getTranslation("index.round.findUnit"));
        unitFilter.setAriaLabel(getTranslation("index.round.findUnit"));
        unitFilter.setPrefixComponent(VaadinIcon.SEARCH.create());
        unitFilter.setClearButtonVisible(true);
        unitFilter.setValueChangeMode(com.vaadin.flow.data.value.ValueChangeMode.LAZY);
        unitFilter.setId("index-round-unit-filter");
        unitFilter.addValueChangeListener(e -> unitsGrid
                .getListDataView()
                .setFilter(s -> e.getValue().isBlank()
                        || s.unitName()
                                .toLowerCase(getLocale())
                                .contains(e.getValue().strip().toLowerCase(getLocale()))
                        || s.unitCode().contains(e.getValue().strip().toUpperCase(java.util.Locale.ROOT))));

        sheetGrid
                .addHierarchyColumn(IndexItem::code)
                .setHeader(getTranslation("index.item.code"))
                .setWidth("11rem")
                .setFlexGrow(0)
                .setFrozen(true);
        sheetGrid
                .addColumn(i -> i.title(getLocale()))
                .setHeader(getTranslation("index.item.title"))
                .setWidth("18rem")
                .setFlexGrow(4)
                .setTooltipGenerator(i -> i.title(getLocale()));
        sheetGrid
                .addColumn(i -> Formats.decimal(i.maxPoints(), getLocale()))
                .setHeader(getTranslation("index.score.max"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        sheetGrid
                .addColumn(i -> line(i).map(l -> Formats.decimal(l.selfPoints(), getLocale()))
                        .orElse(""))
                .setHeader(getTranslation("index.score.self"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        sheetGrid
                .addColumn(i -> line(i).map(l -> Formats.decimal(l.appraisedPoints(), getLocale()))
                        .orElse(""))
                .setHeader(getTranslation("index.score.appraised"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        sheetGrid
                .addColumn(this::points)
                .setHeader(getTranslation("index.score.points"))
                .setAutoWidth(true)
                .setFlexGrow(0)
                .setPartNameGenerator(i -> i.parentId() == null ? "index-area" : null);
        sheetGrid
                .addComponentColumn(i -> line(i).map(this::stage).orElse(new Span()))
                .setHeader(getTranslation("index.score.stage"))
                .setAutoWidth(true);
        sheetGrid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        sheetGrid.setId("index-sheet");
        sheetGrid.setHeight("36rem");
        sheetGrid.addItemClickListener(e -> line(e.getItem()).ifPresent(this::openScore));

        Div unitPart = new Div(unitTitle, unitFacts, unitActions, sheetGrid);
        unitPart.addClassName("index-unit-part");
        add(title, facts, roundActions, unitFilter, unitsGrid, unitPart);
    }

    private Optional<ScoreLine> line(IndexItem i) {
        return Optional.ofNullable(lines.get(i.id()));
    }

    /** A leaf's points (or "not measured"), an inner item's rolled-up total. */
    private String points(IndexItem i) {
        Optional<ScoreLine> l = line(i);
        if (l.isPresent()) {
            ScoreLine s = l.get();
            if (s.points() == null
                    && (s.item().method().computed() || s.item().method() == ScoringMethod.NOT_MEASURED)) {
                return getTranslation("index.score.notMeasured");
            }
            return Formats.decimal(s.points(), getLocale());
        }
        BigDecimal total = sheet == null ? null : sheet.totals().get(i.id());
        return total == null ? "" : Formats.decimal(total, getLocale());
    }

    private Component stage(ScoreLine l) {
        Span s = new Span(getTranslation(l.stage().messageKey()));
        s.getElement()
                .getThemeList()
                .add(
                        switch (l.stage()) {
                            case NOT_SCORED, NOT_IMPORTED -> "badge contrast";
                            case APPEALED -> "badge error";
                            case APPRAISED, DECIDED -> "badge success";
                            default -> "badge";
                        });
        if (!l.evidence().isEmpty()) {
            s.setText(s.getText() + " · "
                    + getTranslation("index.score.evidenceCount", l.evidence().size()));
        }
        return s;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long id;
        try {
            id = Long.parseLong(event.getRouteParameters().get("roundId").orElse(""));
        } catch (NumberFormatException e) {
            event.forwardTo(IndexRoundsView.class);
            return;
        }
        Optional<RoundSummary> found = rounds.round(id);
        if (found.isEmpty()) {
            event.forwardTo(IndexRoundsView.class);
            return;
        }
        round = found.get();
        String unit = event.getLocation()
                .getQueryParameters()
                .getSingleParameter("unit")
                .orElse(null);
        if (user.role() == Role.UNIT_HEAD) {
            unit = user.unitCode();
        }
        showRound();
        if (unit != null) {
            showUnit(unit);
        }
    }

    void showRound() {
        round = rounds.round(round.id()).orElseThrow();
        title.setText(
                getTranslation("index.roundPage.title", round.setName(getLocale()), String.valueOf(round.year())));
        facts.removeAll();
        facts.add(IndexRoundsView.RoundBadges.state(this, round.state()));
        facts.add(new Span(" "
                + getTranslation(
                        "index.roundPage.facts",
                        Formats.date(round.periodFrom(), getLocale()),
                        Formats.date(round.periodTo(), getLocale()),
                        Formats.date(round.selfDue(), getLocale()),
                        Formats.date(round.appraisalDue(), getLocale()),
                        round.appealDue() == null
                                ? getTranslation("index.round.noAppeals")
                                : Formats.date(round.appealDue(), getLocale()),
                        round.submitted(),
                        round.units())));
        roundActions.removeAll();
        if (manager) {
            switch (round.state()) {
                case OPEN ->
                    roundActions.add(step(
                            "index.round.startAppraisal",
                            "index-round-start-appraisal",
                            () -> rounds.startAppraisal(round.id(), round.version())));
                case APPRAISAL ->
                    roundActions.add(
                            round.hasAppeals()
                                    ? step(
                                            "index.round.openAppeals",
                                            "index-round-open-appeals",
                                            () -> rounds.openAppeals(round.id(), round.version()))
                                    : step(
                                            "index.round.publish",
                                            "index-round-publish",
                                            () -> rounds.publish(round.id(), round.version())));
                case APPEAL ->
                    roundActions.add(step(
                            "index.round.publish",
                            "index-round-publish",
                            () -> rounds.publish(round.id(), round.version())));
                case PUBLISHED -> {
                    // nothing changes any more
                }
            }
            if (round.state() != RoundState.PUBLISHED) {
                roundActions.add(ImportDialog.button(
                        "index-scores-import",
                        getTranslation("index.round.importScores"),
                        getTranslation("index.round.importScoresHelp"),
                        IndexScoreImportService.FORMAT,
                        (file, name, progress) -> scoreImport.importScores(file),
                        this::refreshAll));
            }
        }
        com.vaadin.flow.component.html.Anchor results = new com.vaadin.flow.component.html.Anchor(
                "indexes/results?round=" + round.id(), getTranslation("index.round.seeResults"));
        results.addClassName("link-button");
        results.setVisible(round.state() == RoundState.PUBLISHED || user.role() != Role.UNIT_HEAD);
        roundActions.add(results);
        if (user.role() != Role.UNIT_HEAD) {
            roundActions.add(download(
                    "xlsx", "index-round-xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"));
            roundActions.add(download("pdf", "index-round-pdf", "application/pdf"));
        }
        boolean seesAll = user.role() != Role.UNIT_HEAD;
        unitsGrid.setVisible(seesAll);
        unitFilter.setVisible(seesAll);
        if (seesAll) {
            unitsGrid.setItems(rounds.sheets(round.id()));
        }
    }

    /** The round's results as a file in the reader's language, made when it is downloaded. */
    private Component download(String kind, String id, String contentType) {
        java.util.Locale locale = getLocale();
        long roundId = round.id();
        String name = round.setCode() + "-" + round.year() + "." + kind;
        com.vaadin.flow.component.html.Anchor a = new com.vaadin.flow.component.html.Anchor(
                com.vaadin.flow.server.streams.DownloadHandler.fromInputStream(event -> {
                    byte[] bytes = "pdf".equals(kind) ? reports.pdf(roundId, locale) : reports.xlsx(roundId, locale);
                    return new com.vaadin.flow.server.streams.DownloadResponse(
                            new java.io.ByteArrayInputStream(bytes), name, contentType, bytes.length);
                }),
                com.vaadin.flow.component.html.AttachmentType.DOWNLOAD,
                getTranslation("index.round.download." + kind));
        a.addClassName("link-button");
        a.setId(id);
        return a;
    }

    /** A step of the round, confirmed first: it cannot be undone. */
    private Button step(String key, String id, Runnable action) {
        Button b = new Button(getTranslation(key), e -> {
            ConfirmDialog confirm = new ConfirmDialog();
            confirm.setId("index-step-confirm");
            confirm.setHeader(getTranslation(key));
            confirm.setText(getTranslation(key + ".confirm"));
            confirm.setCancelable(true);
            confirm.setCancelText(getTranslation("common.cancel"));
            confirm.setConfirmText(getTranslation(key));
            confirm.addConfirmListener(c -> {
                action.run();
                Notifications.success(getTranslation(key + ".done"));
                refreshAll();
            });
            confirm.open();
        });
        b.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        b.setId(id);
        return b;
    }

    void refreshAll() {
        showRound();
        if (sheet != null) {
            showUnit(sheet.unitCode());
        }
    }

    void showUnit(String unitCode) {
        sheet = rounds.sheet(round.id(), unitCode);
        lines = sheet.lines().stream().collect(Collectors.toMap(l -> l.item().id(), l -> l));
        unitTitle.setText(sheet.unitName());
        unitFacts.setText(getTranslation(
                "index.roundPage.unitFacts",
                Formats.decimal(sheet.total(), getLocale()),
                sheet.submitted()
                        ? getTranslation(
                                "index.roundPage.submittedOn", Formats.dateTime(sheet.submittedAt(), getLocale()))
                        : getTranslation("index.round.unitDraft")));
        Map<Long, List<IndexItem>> children = new HashMap<>();
        sheet.items().forEach(i -> {
            if (i.parentId() != null) {
                children.computeIfAbsent(i.parentId(), k -> new java.util.ArrayList<>())
                        .add(i);
            }
        });
        sheetGrid.setItems(
                sheet.items().stream().filter(i -> i.parentId() == null).toList(),
                i -> children.getOrDefault(i.id(), List.of()));
        sheetGrid.expandRecursively(
                sheet.items().stream().filter(i -> i.parentId() == null).toList(), 3);
        unitActions.removeAll();
        boolean head = user.role() == Role.UNIT_HEAD && unitCode.equals(user.unitCode());
        if (head && round.state() == RoundState.OPEN && !sheet.submitted()) {
            Button submit = new Button(getTranslation("index.round.submit"), VaadinIcon.CHECK.create(), e -> {
                ConfirmDialog confirm = new ConfirmDialog();
                confirm.setId("index-submit-confirm");
                confirm.setHeader(getTranslation("index.round.submit"));
                confirm.setText(getTranslation("index.round.submit.confirm"));
                confirm.setCancelable(true);
                confirm.setCancelText(getTranslation("common.cancel"));
                confirm.setConfirmText(getTranslation("index.round.submit"));
                confirm.addConfirmListener(c -> {
                    rounds.submit(round.id(), unitCode);
                    Notifications.success(getTranslation("index.round.submit.done"));
                    refreshAll();
                });
                confirm.open();
            });
            submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            submit.setId("index-submit");
            unitActions.add(submit);
        }
        if (manager && round.state() == RoundState.OPEN && sheet.submitted()) {
            Button back = new Button(getTranslation("index.round.returnToUnit"), e -> openReturn(unitCode));
            back.setId("index-return");
            unitActions.add(back);
        }
        if (user.role() == Role.COMMITTEE && round.state() == RoundState.APPRAISAL) {
            Button accept = new Button(getTranslation("index.round.acceptRemaining"), e -> {
                int n = rounds.acceptRemaining(round.id(), unitCode);
                Notifications.success(getTranslation("index.round.acceptRemaining.done", n));
                refreshAll();
            });
            accept.setId("index-accept-remaining");
            unitActions.add(accept);
        }
        Span hint = new Span(getTranslation("index.roundPage.hint"));
        hint.addClassName("hint");
        unitActions.add(hint);
        getUI().ifPresent(ui -> ui.getPage().getHistory().replaceState(null, path(round.id(), unitCode)));
    }

    private void openReturn(String unitCode) {
        ConfirmDialog confirm = new ConfirmDialog();
        confirm.setHeader(getTranslation("index.round.returnToUnit"));
        TextArea reason = new TextArea(getTranslation("index.round.returnReason"));
        reason.setWidthFull();
        confirm.setText(reason);
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("common.cancel"));
        confirm.setConfirmText(getTranslation("index.round.returnToUnit"));
        confirm.setCloseOnEsc(true);
        confirm.addConfirmListener(c -> {
            rounds.returnToUnit(round.id(), unitCode, reason.getValue());
            Notifications.success(getTranslation("index.round.returned"));
            refreshAll();
        });
        confirm.open();
    }

    /** Opens the score dialog of a criterion of the unit shown (what a click on its row does). */
    void openScore(String itemCode) {
        sheet.lines().stream()
                .filter(l -> l.item().code().equals(itemCode))
                .findFirst()
                .ifPresent(this::openScore);
    }

    private void openScore(ScoreLine line) {
        new ScoreDialog(rounds, user, round, sheet, line, this::refreshAll).open();
    }

    @Override
    public String getPageTitle() {
        return round == null ? getTranslation("index.tab.rounds") : round.setCode() + " " + round.year();
    }
}
