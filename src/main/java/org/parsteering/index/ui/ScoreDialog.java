package org.parsteering.index.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import org.parsteering.base.BusinessException;
import org.parsteering.base.Role;
import org.parsteering.base.ui.FieldErrors;
import org.parsteering.base.ui.Formats;
import org.parsteering.base.ui.Localized;
import org.parsteering.base.ui.Notifications;
import org.parsteering.base.ui.TempFileUpload;
import org.parsteering.index.AssessmentService;
import org.parsteering.index.RoundState;
import org.parsteering.index.RoundSummary;
import org.parsteering.index.ScoreEvidence;
import org.parsteering.index.ScoreLine;
import org.parsteering.index.ScoringMethod;
import org.parsteering.index.UnitSheet;
import org.parsteering.plan.EvidenceUpload;
import org.parsteering.security.ParUser;

/**
 * One unit's score of one criterion: the guidance, what has been scored so far (self, appraisal, appeal and decision,
 * with their reasons) and the evidence; and the one step the reader may take now — the unit's head self-assesses
 * (points, comment, evidence files and links, or why there is none) and later appeals a changed point; the committee
 * appraises (a change needs a reason) and decides an appeal. The services check every rule again.
 */
class ScoreDialog extends Dialog {

    private final AssessmentService rounds;
    private final ParUser user;
    private final RoundSummary round;
    private final UnitSheet sheet;
    private final Runnable onChange;
    private ScoreLine line;
    final Div body = new Div();

    ScoreDialog(
            AssessmentService rounds,
            ParUser user,
            RoundSummary round,
            UnitSheet sheet,
            ScoreLine line,
            Runnable onChange) {
        this.rounds = rounds;
        this.user = user;
        this.round = round;
        this.sheet = sheet;
        this.line = line;
        this.onChange = onChange;
        setHeaderTitle(line.item().code() + " — " + line.item().title(getLocale()));
        setWidth("min(46rem, 100vw)");
        body.addClassName("score-dialog");
        add(body);
        Button close = new Button(getTranslation("common.close"), e -> close());
        close.setId("score-close");
        getFooter().add(close);
        addDialogCloseActionListener(e -> close());
        addOpenedChangeListener(e -> {
            if (!e.isOpened()) {
                onChange.run();
            }
        });
        render();
    }

    private boolean head() {
        return user.role() == Role.UNIT_HEAD && sheet.unitCode().equals(user.unitCode());
    }

    private boolean committee() {
        return user.role() == Role.COMMITTEE;
    }

    private void reload() {
        line = rounds.sheet(round.id(), sheet.unitCode()).lines().stream()
                .filter(l -> l.item().id() == line.item().id())
                .findFirst()
                .orElse(line);
        render();
    }

    private void render() {
        body.removeAll();
        var item = line.item();
        String range = item.minPoints().signum() < 0
                ? getTranslation(
                        "index.item.range",
                        Formats.decimal(item.minPoints(), getLocale()),
                        Formats.decimal(item.maxPoints(), getLocale()))
                : Formats.decimal(item.maxPoints(), getLocale());
        body.add(new Paragraph(getTranslation(
                "index.score.about",
                sheet.unitName(),
                range,
                getTranslation(item.method().messageKey()))));
        if (item.guidance() != null) {
            Paragraph g = new Paragraph(item.guidance());
            g.addClassName("hint");
            body.add(g);
        }
        body.add(history());
        if (item.method() != ScoringMethod.MANUAL) {
            return;
        }
        body.add(evidence());
        if (head() && round.state() == RoundState.OPEN && !sheet.submitted()) {
            body.add(selfForm());
        } else if (committee() && round.state() == RoundState.APPRAISAL) {
            body.add(appraisalForm());
        } else if (head()
                && round.state() == RoundState.APPEAL
                && line.changedByAppraisal()
                && line.appealReason() == null) {
            body.add(appealForm());
        } else if (committee() && round.state() == RoundState.APPEAL && line.appealPending()) {
            body.add(decisionForm());
        }
    }

    /** What has been scored so far, with the reasons. */
    private Component history() {
        UnorderedList list = new UnorderedList();
        list.addClassName("score-history");
        if (line.item().method().computed()) {
            list.add(new ListItem(
                    line.points() == null
                            ? getTranslation("index.score.notMeasuredNote", line.computedNote())
                            : getTranslation(
                                    "index.score.computedNote",
                                    Formats.decimal(line.points(), getLocale()),
                                    line.computedNote())));
        }
        if (line.item().method() == ScoringMethod.IMPORTED) {
            list.add(new ListItem(
                    line.importedPoints() == null
                            ? getTranslation("index.stage.NOT_IMPORTED")
                            : getTranslation(
                                    "index.score.importedNote",
                                    Formats.decimal(line.importedPoints(), getLocale()),
                                    line.importedNote() == null ? "" : line.importedNote())));
        }
        if (line.selfPoints() != null) {
            list.add(new ListItem(getTranslation(
                    "index.score.selfNote",
                    Formats.decimal(line.selfPoints(), getLocale()),
                    line.selfComment() == null ? "" : line.selfComment())));
        }
        if (line.noEvidenceReason() != null) {
            list.add(new ListItem(getTranslation("index.score.noEvidenceNote", line.noEvidenceReason())));
        }
        if (line.appraisedPoints() != null) {
            list.add(new ListItem(getTranslation(
                    "index.score.appraisedNote",
                    Formats.decimal(line.appraisedPoints(), getLocale()),
                    line.appraisalReason() == null ? getTranslation("index.score.accepted") : line.appraisalReason())));
        }
        if (line.appealReason() != null) {
            list.add(new ListItem(getTranslation("index.score.appealNote", line.appealReason())));
        }
        if (line.appealDecision() != null) {
            list.add(new ListItem(getTranslation(
                    ScoreLine.ACCEPTED.equals(line.appealDecision())
                            ? "index.score.decisionAccepted"
                            : "index.score.decisionRejected",
                    Formats.decimal(line.decidedPoints(), getLocale()),
                    line.decisionNote())));
        }
        if (list.getChildren().findAny().isEmpty()) {
            list.add(new ListItem(getTranslation("index.stage.NOT_SCORED")));
        }
        return list;
    }

    private boolean mayEditEvidence() {
        return head() && round.state() == RoundState.OPEN && !sheet.submitted();
    }

    private Component evidence() {
        Div box = new Div();
        box.addClassName("score-evidence");
        H3 t = new H3(getTranslation(
                line.item().evidenceRequired() ? "index.score.evidenceRequired" : "index.score.evidence"));
        box.add(t);
        UnorderedList files = new UnorderedList();
        files.setId("score-evidence-list");
        for (ScoreEvidence e : line.evidence()) {
            Anchor a = new Anchor(e.href(), e.isLink() ? e.url() : e.fileName());
            if (e.isLink()) {
                a.setTarget("_blank");
                a.getElement().setAttribute("rel", "noopener noreferrer");
            }
            ListItem li = new ListItem(a);
            if (mayEditEvidence()) {
                Button remove = new Button(VaadinIcon.TRASH.create(), c -> {
                    rounds.removeEvidence(e.publicId());
                    reload();
                });
                remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_ERROR);
                remove.setAriaLabel(getTranslation("index.score.removeEvidence"));
                li.add(remove);
            }
            files.add(li);
        }
        if (line.evidence().isEmpty()) {
            files.add(new ListItem(getTranslation("index.score.noEvidence")));
        }
        box.add(files);
        if (mayEditEvidence()) {
            UI ui = UI.getCurrent();
            Upload upload = new Upload(TempFileUpload.deleting(EvidenceUpload.MAX_BYTES, (name, file, size) -> {
                String error = null;
                try {
                    rounds.addEvidenceFile(
                            round.id(), sheet.unitCode(), line.item().code(), new EvidenceUpload(name, file, size));
                } catch (BusinessException ex) {
                    error = ui.getTranslation(ex.getMessageKey(), ex.getArgs());
                }
                String message = error;
                ui.access(() -> {
                    if (message != null) {
                        Notifications.error(message);
                    }
                    reload();
                });
            }));
            upload.setMaxFileSize((int) EvidenceUpload.MAX_BYTES);
            upload.setAcceptedFileTypes(
                    ".pdf", ".png", ".jpg", ".jpeg", ".gif", ".webp", ".doc", ".docx", ".xls", ".xlsx", ".ppt", ".pptx",
                    ".odt", ".ods");
            Localized.upload(upload);
            upload.setId("score-evidence-upload");
            upload.addFileRejectedListener(
                    e -> Notifications.error(getTranslation("import.fileRejected", e.getErrorMessage())));
            TextField link = new TextField();
            link.setPlaceholder("https://…");
            link.setAriaLabel(getTranslation("index.score.link"));
            link.setId("score-link");
            link.setWidth("min(24rem, 100%)");
            Button addLink = new Button(getTranslation("index.score.addLink"), e -> {
                rounds.addEvidenceLink(round.id(), sheet.unitCode(), line.item().code(), link.getValue());
                link.clear();
                reload();
            });
            addLink.setId("score-add-link");
            HorizontalLayout links = new HorizontalLayout(link, addLink);
            links.setWrap(true);
            box.add(upload, links);
        }
        return box;
    }

    private BigDecimalField pointsField(java.math.BigDecimal value) {
        BigDecimalField points = new BigDecimalField(getTranslation("index.score.points"));
        points.setValue(value);
        points.setHelperText(getTranslation(
                "index.score.pointsHelp",
                Formats.decimal(line.item().minPoints(), getLocale()),
                Formats.decimal(line.item().maxPoints(), getLocale())));
        points.setId("score-points");
        return points;
    }

    private TextArea area(String key, String value, String id) {
        TextArea a = new TextArea(getTranslation(key));
        a.setValue(value == null ? "" : value);
        a.setWidthFull();
        a.setMaxLength(AssessmentService.TEXT_LENGTH);
        a.setId(id);
        return a;
    }

    private Component form(String titleKey, Component... fields) {
        Div f = new Div();
        f.addClassName("score-form");
        f.add(new H3(getTranslation(titleKey)));
        f.add(fields);
        return f;
    }

    private Component selfForm() {
        BigDecimalField points = pointsField(line.selfPoints());
        TextArea comment = area("index.score.comment", line.selfComment(), "score-comment");
        TextArea reason = area("index.score.noEvidenceReason", line.noEvidenceReason(), "score-no-evidence");
        reason.setVisible(line.item().evidenceRequired());
        reason.setHelperText(getTranslation("index.score.noEvidenceHelp"));
        FieldErrors errors = new FieldErrors(this)
                .on("index.round.error.pointsRange", points)
                .on("index.round.error.pointsRequired", points)
                .on("import.error.tooManyDecimals", points);
        Button save = new Button(getTranslation("common.save"), e -> {
            if (errors.save(() -> rounds.selfScore(
                    round.id(),
                    sheet.unitCode(),
                    line.item().code(),
                    points.getValue(),
                    comment.getValue(),
                    reason.getValue(),
                    line.version()))) {
                Notifications.success(getTranslation("index.score.saved"));
                reload();
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("score-save");
        return form("index.score.selfTitle", points, comment, reason, save);
    }

    private Component appraisalForm() {
        BigDecimalField points =
                pointsField(line.appraisedPoints() != null ? line.appraisedPoints() : line.selfPoints());
        TextArea reason = area("index.score.appraisalReason", line.appraisalReason(), "score-reason");
        reason.setHelperText(getTranslation("index.score.appraisalHelp"));
        FieldErrors errors = new FieldErrors(this)
                .on("index.round.error.pointsRange", points)
                .on("index.round.error.pointsRequired", points)
                .on("index.round.error.reasonRequired", reason);
        Button save = new Button(getTranslation("index.score.appraise"), e -> {
            if (errors.save(() -> rounds.appraise(
                    round.id(),
                    sheet.unitCode(),
                    line.item().code(),
                    points.getValue(),
                    reason.getValue(),
                    line.version()))) {
                Notifications.success(getTranslation("index.score.saved"));
                reload();
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("score-appraise");
        return form("index.score.appraisalTitle", points, reason, save);
    }

    private Component appealForm() {
        TextArea reason = area("index.score.appealReason", null, "score-appeal-reason");
        Paragraph when =
                new Paragraph(getTranslation("index.score.appealWindow", Formats.date(round.appealDue(), getLocale())));
        FieldErrors errors = new FieldErrors(this).on("index.round.error.reasonRequired", reason);
        Button send = new Button(getTranslation("index.score.appeal"), e -> {
            if (errors.save(() -> rounds.appeal(
                    round.id(), sheet.unitCode(), line.item().code(), reason.getValue(), line.version()))) {
                Notifications.success(getTranslation("index.score.appealed"));
                reload();
            }
        });
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        send.setId("score-appeal");
        return form("index.score.appealTitle", when, reason, send);
    }

    private Component decisionForm() {
        RadioButtonGroup<Boolean> decision = new RadioButtonGroup<>(getTranslation("index.score.decision"));
        decision.setItems(Boolean.TRUE, Boolean.FALSE);
        decision.setItemLabelGenerator(
                b -> getTranslation(b ? "index.score.decisionAccept" : "index.score.decisionReject"));
        decision.setValue(Boolean.TRUE);
        decision.setId("score-decision");
        BigDecimalField points = pointsField(line.selfPoints());
        decision.addValueChangeListener(e -> points.setVisible(Boolean.TRUE.equals(e.getValue())));
        TextArea note = area("index.score.decisionNote", null, "score-decision-note");
        FieldErrors errors = new FieldErrors(this)
                .on("index.round.error.pointsRange", points)
                .on("index.round.error.pointsRequired", points)
                .on("index.round.error.reasonRequired", note);
        Button save = new Button(getTranslation("index.score.decide"), e -> {
            if (errors.save(() -> rounds.decide(
                    round.id(),
                    sheet.unitCode(),
                    line.item().code(),
                    Boolean.TRUE.equals(decision.getValue()),
                    points.getValue(),
                    note.getValue(),
                    line.version()))) {
                Notifications.success(getTranslation("index.score.decided"));
                reload();
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("score-decide");
        return form("index.score.decisionTitle", decision, points, note, save);
    }
}
