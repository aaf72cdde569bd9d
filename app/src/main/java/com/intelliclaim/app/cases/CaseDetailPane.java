package com.intelliclaim.app.cases;

import atlantafx.base.theme.Styles;
import com.intelliclaim.app.ask.DecisionCard;
import com.intelliclaim.app.common.AmountText;
import com.intelliclaim.app.common.InlineMessage;
import com.intelliclaim.engine.api.CaseChange;
import com.intelliclaim.engine.api.CaseDocument;
import com.intelliclaim.engine.api.CaseStatus;
import com.intelliclaim.engine.api.ClaimCase;
import com.intelliclaim.engine.api.DecisionRecord;
import com.intelliclaim.engine.api.DocumentInfo;
import com.intelliclaim.engine.api.Outcome;
import java.time.Instant;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The opened case: its fields and status (edited, then saved), "Ask in this case", its documents with attach and
 * detach, and its decisions (a selected one shows as a card). Bound to {@link CasesViewModel}.
 */
final class CaseDetailPane {
    private final CasesViewModel model;
    private final VBox card = new VBox();

    CaseDetailPane(CasesViewModel model) {
        this.model = model;
    }

    Node node() {
        Label title = new Label();
        title.setId("caseTitle");
        title.getStyleClass().add(Styles.TITLE_3);
        title.textProperty().bind(Bindings.createStringBinding(() -> {
            ClaimCase k = model.openedProperty().get();
            return k == null ? "" : "Case " + k.claimNumber();
        }, model.openedProperty()));
        Label version = new Label();
        version.getStyleClass().add(Styles.TEXT_MUTED);
        version.textProperty().bind(Bindings.createStringBinding(() -> {
            ClaimCase k = model.openedProperty().get();
            return k == null ? "" : "Version " + k.version() + " · changed " + CasesView.WHEN.format(k.updatedAt())
                    + " by " + k.updatedBy() + " · created " + CasesView.WHEN.format(k.createdAt());
        }, model.openedProperty()));
        Label saved = InlineMessage.label(model.detailProblemProperty(), Styles.DANGER, "caseProblem");
        VBox box = new VBox(10, title, version, fields(), actions(), saved, documents(), decisions(), card, history());
        box.setPadding(new Insets(4, 4, 16, 4));
        return box;
    }

    private Node fields() {
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(6);
        grid.addRow(0, CasesView.fieldLabel("Claim number"), text("caseClaimNumber", model.claimNumberProperty()));
        grid.addRow(1, CasesView.fieldLabel("Claimant"), text("caseClaimant", model.claimantProperty()));
        grid.addRow(2, CasesView.fieldLabel("Policy number"), text("casePolicyNumber", model.policyNumberProperty()));
        ComboBox<CaseStatus> status = new ComboBox<>();
        status.setId("caseStatus");
        status.getItems().setAll(CaseStatus.values());
        status.setConverter(new StringConverter<>() {
            @Override
            public String toString(CaseStatus s) {
                return s == null ? "" : s.label();
            }

            @Override
            public CaseStatus fromString(String s) {
                return null;
            }
        });
        status.valueProperty().bindBidirectional(model.statusProperty());
        grid.addRow(3, CasesView.fieldLabel("Status"), status);
        return grid;
    }

    private static TextField text(String id, javafx.beans.property.StringProperty value) {
        TextField field = new TextField();
        field.setId(id);
        field.setPrefColumnCount(24);
        field.textProperty().bindBidirectional(value);
        GridPane.setHgrow(field, Priority.ALWAYS);
        return field;
    }

    private Node actions() {
        Button save = new Button("Save", new FontIcon(Feather.SAVE));
        save.setId("saveCase");
        save.disableProperty().bind(model.changedProperty().not());
        save.setOnAction(e -> model.save());
        Button revert = new Button("Revert");
        revert.setId("revertCase");
        revert.disableProperty().bind(model.changedProperty().not());
        revert.setOnAction(e -> model.revert());
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        Button ask = new Button("Ask in this case", new FontIcon(Feather.MESSAGE_CIRCLE));
        ask.setId("askInCase");
        ask.getStyleClass().add(Styles.ACCENT);
        ask.setOnAction(e -> model.askInCase());
        HBox row = new HBox(8, save, revert, gap, ask);
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }

    private Node documents() {
        Label head = new Label("Documents");
        head.getStyleClass().add(Styles.TEXT_BOLD);
        ListView<CaseDocument> list = new ListView<>(model.documents());
        list.setId("caseDocuments");
        list.setPrefHeight(140);
        list.setCellFactory(v -> new DocumentCell(model));
        Label empty = new Label("No documents yet. Attach the policy wording and the claim's documents from the"
                + " indexed documents below; index new files on the Documents screen (Ctrl+2).");
        empty.setWrapText(true);
        empty.getStyleClass().add(Styles.TEXT_MUTED);
        list.setPlaceholder(empty);
        ComboBox<DocumentInfo> choice = new ComboBox<>(model.attachable());
        choice.setId("attachChoice");
        choice.setPromptText("Indexed document to attach");
        choice.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(choice, Priority.ALWAYS);
        choice.setConverter(new StringConverter<>() {
            @Override
            public String toString(DocumentInfo d) {
                return d == null ? "" : d.name() + "  (" + d.sha256().substring(0, 8) + ", " + d.pages() + " pages)";
            }

            @Override
            public DocumentInfo fromString(String s) {
                return null;
            }
        });
        Button attach = new Button("Attach", new FontIcon(Feather.PAPERCLIP));
        attach.setId("attachDocument");
        attach.setOnAction(e -> {
            model.attach(choice.getValue());
            choice.setValue(null);
        });
        HBox row = new HBox(8, choice, attach);
        row.setAlignment(Pos.CENTER_LEFT);
        return new VBox(6, head, list, row);
    }

    private Node decisions() {
        Label head = new Label("Decisions");
        head.getStyleClass().add(Styles.TEXT_BOLD);
        TableView<DecisionRecord> table = new TableView<>(model.decisions());
        table.setId("caseDecisions");
        table.setPrefHeight(180);
        TableColumn<DecisionRecord, Instant> created = CasesView.column("Created", 120, DecisionRecord::createdAt);
        created.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(Instant at, boolean empty) {
                super.updateItem(at, empty);
                setText(empty || at == null ? null : CasesView.WHEN.format(at));
            }
        });
        TableColumn<DecisionRecord, Outcome> outcome = CasesView.column("Decision", 110, DecisionRecord::decision);
        outcome.setCellFactory(c -> DecisionCard.outcomeCell());
        created.setMinWidth(135);
        table.getColumns().add(created);
        table.getColumns().add(outcome);
        table.getColumns().add(CasesView.column("Amount", 110, r -> r.amount() == null ? "" : AmountText.of(r)));
        table.getColumns().add(CasesView.column("Question", 320, DecisionRecord::query));
        Label empty = new Label("No decisions in this case yet. Click \"Ask in this case\" to decide a claim question"
                + " against its documents.");
        empty.setWrapText(true);
        empty.getStyleClass().add(Styles.TEXT_MUTED);
        table.setPlaceholder(empty);
        table.getSelectionModel().selectedItemProperty().addListener((o, a, r) -> card.getChildren().setAll(
                r == null ? java.util.List.of() : java.util.List.of(new DecisionCard(r, null, model.teammate(r.analyst()).orElse(null)))));
        model.openedProperty().addListener((o, a, b) -> card.getChildren().clear());
        return new VBox(6, head, table);
    }

    /** The case's versions, newest first: "v3 · 29 Nov 10:02 · asha · Attached policy.pdf". */
    private Node history() {
        Label head = new Label("History");
        head.getStyleClass().add(Styles.TEXT_BOLD);
        ListView<CaseChange> list = new ListView<>(model.changes());
        list.setId("caseHistory");
        list.setPrefHeight(140);
        list.setFixedCellSize(28);
        list.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(CaseChange change, boolean empty) {
                super.updateItem(change, empty);
                setText(empty || change == null ? null : "Version " + change.version() + " · "
                        + CasesView.WHEN.format(change.at()) + " · " + change.by() + " · " + change.what());
            }
        });
        return new VBox(6, head, list);
    }

    /** A document of the case: its name, whether it is indexed now, and a detach button. */
    private static final class DocumentCell extends ListCell<CaseDocument> {
        private final CasesViewModel model;

        DocumentCell(CasesViewModel model) {
            this.model = model;
        }

        @Override
        protected void updateItem(CaseDocument doc, boolean empty) {
            super.updateItem(doc, empty);
            if (empty || doc == null) {
                setGraphic(null);
                setText(null);
                return;
            }
            Label name = new Label(doc.name(), new FontIcon(Feather.FILE_TEXT));
            Label state = new Label(doc.indexed() ? doc.sha256().substring(0, 8) + " · attached by " + doc.attachedBy()
                    : "not indexed now — ingest the file again to search it");
            state.getStyleClass().add(doc.indexed() ? Styles.TEXT_MUTED : Styles.WARNING);
            Region gap = new Region();
            HBox.setHgrow(gap, Priority.ALWAYS);
            Button detach = new Button(null, new FontIcon(Feather.X));
            detach.getStyleClass().addAll(Styles.FLAT, Styles.BUTTON_ICON);
            detach.setTooltip(new javafx.scene.control.Tooltip("Detach from the case (the document stays indexed)"));
            detach.setOnAction(e -> model.detach(doc));
            HBox row = new HBox(8, name, state, gap, detach);
            row.setAlignment(Pos.CENTER_LEFT);
            setText(null);
            setGraphic(row);
        }
    }
}
