package com.intelliclaim.app.ask;

import atlantafx.base.theme.Styles;
import com.intelliclaim.app.common.AmountText;
import com.intelliclaim.app.common.Teammates;
import com.intelliclaim.engine.api.AuditStep;
import com.intelliclaim.engine.api.Citation;
import com.intelliclaim.engine.api.DecisionNote;
import com.intelliclaim.engine.api.DecisionRecord;
import com.intelliclaim.engine.api.Outcome;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.function.Consumer;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TitledPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/**
 * A decision as the analyst reads it: the outcome badge coloured by outcome, the amount, confidence and who decided,
 * the justification and conditions, the citations (a click opens the cited page when a handler is given), every
 * passage with its score, the override and notes, and the audit trail folded away. Read-only.
 */
public final class DecisionCard extends VBox {
    static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm", Locale.ENGLISH)
            .withZone(ZoneId.systemDefault());

    /** @param openCitation opens a cited page; null when citations are not clickable */
    public DecisionCard(DecisionRecord record, Consumer<Citation> openCitation) {
        this(record, openCitation, null);
    }

    /** @param teammate the teammate who made the decision, shown as "from NAME"; null for the analyst's own */
    public DecisionCard(DecisionRecord record, Consumer<Citation> openCitation, String teammate) {
        super(10);
        setId("decisionCard");
        setMinWidth(0);
        setPadding(new Insets(16));
        getStyleClass().add("decision-card");
        setStyle("-fx-border-color: -color-border-default; -fx-border-radius: 6; -fx-background-radius: 6;"
                + " -fx-background-color: -color-bg-subtle;");
        getChildren().addAll(headline(record, teammate), facts(record),
                text("Justification", record.justification(), "justification"));
        if (!record.conditions().isEmpty()) {
            getChildren().add(text("Subject to", String.join("\n", record.conditions().stream().map(c -> "• " + c)
                    .toList()), "conditions"));
        }
        if (record.override() != null) {
            Label o = new Label("Overrides an earlier decision — " + record.override().by() + ": "
                    + record.override().reason());
            o.setWrapText(true);
            o.setId("overrideReason");
            o.getStyleClass().add(Styles.WARNING);
            getChildren().add(o);
        }
        getChildren().addAll(citations(record, openCitation), passages(record), notes(record), audit(record));
    }

    /** The AtlantaFX style of an outcome: approved green, rejected red, needs review amber. */
    public static String style(Outcome outcome) {
        return switch (outcome) {
            case APPROVED -> Styles.SUCCESS;
            case REJECTED -> Styles.DANGER;
            case NEEDS_REVIEW -> Styles.WARNING;
        };
    }

    /** A table cell that shows an outcome as {@link #label} in the colour of {@link #style}; empty rows stay blank. */
    public static <S> TableCell<S, Outcome> outcomeCell() {
        return new TableCell<>() {
            @Override
            protected void updateItem(Outcome o, boolean empty) {
                super.updateItem(o, empty);
                getStyleClass().removeAll(Styles.SUCCESS, Styles.DANGER, Styles.WARNING);
                setText(empty || o == null ? null : label(o));
                if (!empty && o != null) {
                    getStyleClass().add(style(o));
                }
            }
        };
    }

    /** "Approved", "Rejected", "Needs review". */
    public static String label(Outcome outcome) {
        String words = outcome.name().replace('_', ' ').toLowerCase(Locale.ROOT);
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    private static Node headline(DecisionRecord r, String teammate) {
        Label badge = new Label(label(r.decision()).toUpperCase(Locale.ROOT));
        badge.setId("decisionBadge");
        badge.getStyleClass().addAll(style(r.decision()), Styles.TITLE_3);
        badge.setStyle("-fx-border-color: -color-border-default; -fx-border-radius: 4; -fx-padding: 2 10 2 10;");
        Label amount = new Label(r.amount() == null ? "No amount" : AmountText.of(r));
        amount.setId("decisionAmount");
        amount.getStyleClass().add(Styles.TITLE_3);
        HBox box = new HBox(16, badge, amount);
        if (teammate != null) {
            Label from = new Label(Teammates.tag(teammate));
            from.setId("decisionFrom");
            from.getStyleClass().addAll(Styles.ACCENT, Styles.TEXT_SMALL);
            from.setStyle("-fx-border-color: -color-accent-emphasis; -fx-border-radius: 10; -fx-padding: 1 8 1 8;");
            box.getChildren().add(from);
        }
        box.setAlignment(Pos.CENTER_LEFT);
        return box;
    }

    private static Node facts(DecisionRecord r) {
        Label line = new Label("Confidence " + Math.round(r.confidence() * 100) + "% · decided by " + decider(r)
                + " · " + WHEN.format(r.createdAt()) + " · " + r.analyst());
        line.setId("decisionMeta");
        line.getStyleClass().add(Styles.TEXT_MUTED);
        line.setWrapText(true);
        return line;
    }

    /** "the rules (rules-1)" or "the LLM gpt-4o-mini". */
    public static String decider(DecisionRecord r) {
        String by = r.decidedBy() == null ? "" : r.decidedBy();
        if (by.startsWith("llm:")) {
            return "the LLM " + by.substring(4);
        }
        if (by.startsWith("analyst")) {
            return by;
        }
        return "the rules" + (r.versions() == null || r.versions().rules() == null ? "" : " (" + r.versions().rules() + ")");
    }

    private static Node text(String title, String body, String id) {
        Label head = new Label(title);
        head.getStyleClass().add(Styles.TEXT_BOLD);
        Label text = new Label(body == null ? "" : body);
        text.setWrapText(true);
        text.setId(id);
        return new VBox(2, head, text);
    }

    private static Node citations(DecisionRecord r, Consumer<Citation> open) {
        VBox box = new VBox(4);
        Label head = new Label("Citations (" + r.citations().size() + ")");
        head.getStyleClass().add(Styles.TEXT_BOLD);
        box.getChildren().add(head);
        for (int i = 0; i < r.citations().size(); i++) {
            Citation c = r.citations().get(i);
            String where = c.documentName() + ", page " + c.page() + (c.clause() == null ? "" : ", clause " + c.clause());
            Node link;
            if (open != null) {
                Hyperlink h = new Hyperlink(where);
                h.setOnAction(e -> open.accept(c));
                link = h;
            } else {
                link = new Label(where);
            }
            link.setId("citation-" + i);
            link.getStyleClass().add("citation");
            Label excerpt = new Label("“" + shorten(c.text(), 300) + "”");
            excerpt.setWrapText(true);
            excerpt.getStyleClass().add(Styles.TEXT_MUTED);
            box.getChildren().addAll(link, excerpt);
        }
        return box;
    }

    /** Every passage the adjudicator read, best first, with its score; the cited ones marked. */
    private static Node passages(DecisionRecord r) {
        VBox list = new VBox(4);
        java.util.Set<String> cited = new java.util.HashSet<>();
        r.citations().forEach(c -> cited.add(c.chunkId()));
        // Records made before the retrieved passages were kept have only their citations.
        boolean kept = !r.passages().isEmpty();
        for (Citation c : kept ? r.passages() : r.citations()) {
            Label l = new Label(String.format(Locale.ROOT, "%.3f  %s%s p.%d  %s", c.score(),
                    cited.contains(c.chunkId()) ? "cited · " : "", c.documentName(), c.page(), shorten(c.text(), 160)));
            l.setWrapText(true);
            list.getChildren().add(l);
        }
        TitledPane pane = new TitledPane(kept ? "All " + r.passages().size() + " retrieved passages, with scores"
                : "Cited passages, with scores (this record predates keeping all retrieved passages)", list);
        pane.setMinWidth(0);
        pane.setId("allPassages");
        pane.setExpanded(false);
        return pane;
    }

    private static Node notes(DecisionRecord r) {
        VBox box = new VBox(2);
        box.setId("notes");
        if (!r.notes().isEmpty()) {
            Label head = new Label("Notes");
            head.getStyleClass().add(Styles.TEXT_BOLD);
            box.getChildren().add(head);
        }
        for (DecisionNote n : r.notes()) {
            Label l = new Label(WHEN.format(n.at()) + " · " + n.by() + ": " + n.text());
            l.setWrapText(true);
            box.getChildren().add(l);
        }
        return box;
    }

    private static Node audit(DecisionRecord r) {
        VBox steps = new VBox(2);
        for (AuditStep s : r.auditTrail()) {
            Label l = new Label(s.step() + " (" + s.millis() + " ms): " + s.detail());
            l.setWrapText(true);
            steps.getChildren().add(l);
        }
        TitledPane pane = new TitledPane("Audit trail (" + r.auditTrail().size() + " steps)", steps);
        pane.setMinWidth(0);
        pane.setId("auditTrail");
        pane.setExpanded(false);
        return pane;
    }

    private static String shorten(String text, int max) {
        String t = text == null ? "" : text.replaceAll("\\s+", " ").strip();
        return t.length() <= max ? t : t.substring(0, max - 1) + "…";
    }
}
