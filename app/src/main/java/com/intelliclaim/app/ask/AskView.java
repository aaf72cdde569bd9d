package com.intelliclaim.app.ask;

import atlantafx.base.theme.Styles;
import com.intelliclaim.app.common.InlineMessage;
import com.intelliclaim.engine.api.DecisionRecord;
import com.intelliclaim.engine.api.Outcome;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The Ask screen: the question (Ctrl+Enter asks) with its document scope, recent questions, sample questions while
 * nothing is shown, the decision card, the facts form with "decide again", the reviews, and the cited-page viewer.
 * Layout and bindings only; the logic is in {@link AskViewModel}.
 */
public final class AskView extends BorderPane {
    private final AskViewModel model;
    private final VBox result = new VBox(12);
    private final SplitPane split = new SplitPane();
    private final PageViewer viewer;

    public AskView(AskViewModel model) {
        this.model = model;
        setPadding(new Insets(16));
        viewer = new PageViewer(model.viewer(), this::closeViewer);
        setTop(questionBox());
        setLeft(recentList());
        ScrollPane scroll = new ScrollPane(result);
        scroll.setFitToWidth(true);
        result.setPadding(new Insets(0, 12, 12, 0));
        split.getItems().add(scroll);
        setCenter(split);
        model.recordProperty().addListener((o, a, shown) -> showResult(shown));
        showResult(model.recordProperty().get());
        sceneProperty().addListener((o, a, scene) -> {
            if (scene != null) {
                model.refresh(); // documents added or decisions made since it was last shown
            }
        });
        model.refresh();
    }

    private Node questionBox() {
        Label title = new Label("Ask");
        title.getStyleClass().add(Styles.TITLE_2);
        TextArea question = new TextArea();
        question.setId("question");
        question.setPromptText("Describe the claim: age, procedure, place, policy age, amount… (Ctrl+Enter asks)");
        question.setPrefRowCount(3);
        question.setWrapText(true);
        question.textProperty().bindBidirectional(model.questionProperty());
        question.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER && e.isShortcutDown()) {
                model.ask();
                e.consume();
            }
        });
        HBox.setHgrow(question, Priority.ALWAYS);
        Button ask = new Button("Ask", new FontIcon(Feather.SEND));
        ask.setId("ask");
        ask.getStyleClass().add(Styles.ACCENT);
        ask.setDefaultButton(false);
        ask.disableProperty().bind(model.busyProperty());
        ask.setOnAction(e -> model.ask());
        Button cancel = new Button("Cancel", new FontIcon(Feather.X));
        cancel.setId("cancelAsk");
        cancel.visibleProperty().bind(model.busyProperty());
        cancel.setOnAction(e -> model.cancel());
        ProgressIndicator progress = new ProgressIndicator();
        progress.setPrefSize(24, 24);
        progress.visibleProperty().bind(model.busyProperty());
        ComboBox<String> scope = new ComboBox<>();
        scope.setId("scope");
        scope.setPromptText("All documents");
        scope.setItems(model.documentNames());
        scope.valueProperty().bindBidirectional(model.scopeProperty());
        Button all = new Button(null, new FontIcon(Feather.X));
        all.setTooltip(new javafx.scene.control.Tooltip("Search every document"));
        all.getStyleClass().addAll(Styles.FLAT, Styles.BUTTON_ICON);
        all.setOnAction(e -> scope.setValue(null));
        VBox buttons = new VBox(6, ask, new HBox(6, progress, cancel));
        HBox row = new HBox(8, question, buttons);
        HBox scopeRow = new HBox(8, new Label("Search in"), scope, all);
        scopeRow.setAlignment(Pos.CENTER_LEFT);
        scope.promptTextProperty().bind(Bindings.when(Bindings.isNull(model.activeCaseProperty()))
                .then("All documents").otherwise("All the case's documents"));
        Label problem = InlineMessage.label(model.problemProperty(), Styles.DANGER, "askProblem");
        Label status = InlineMessage.label(model.statusProperty(), Styles.TEXT_MUTED, "askStatus");
        VBox box = new VBox(8, title, caseBanner(), row, scopeRow, problem, status);
        box.setPadding(new Insets(0, 0, 12, 0));
        return box;
    }

    /** Which case the question is asked in, and a way out of it; hidden when there is none. */
    private Node caseBanner() {
        Label label = new Label();
        label.setId("activeCase");
        label.setGraphic(new FontIcon(Feather.BRIEFCASE));
        label.textProperty().bind(Bindings.createStringBinding(() -> {
            var k = model.activeCaseProperty().get();
            return k == null ? "" : com.intelliclaim.app.cases.ActiveCase.describe(k)
                    + " — only its documents are searched; decisions join the case.";
        }, model.activeCaseProperty()));
        label.setWrapText(true);
        label.getStyleClass().add(Styles.ACCENT);
        Button clear = new Button("Leave case", new FontIcon(Feather.X));
        clear.setId("clearCase");
        clear.getStyleClass().add(Styles.SMALL);
        clear.setOnAction(e -> model.clearCase());
        HBox banner = new HBox(8, label, clear);
        banner.setId("activeCaseBanner");
        banner.setAlignment(Pos.CENTER_LEFT);
        banner.visibleProperty().bind(Bindings.isNotNull(model.activeCaseProperty()));
        banner.managedProperty().bind(banner.visibleProperty());
        return banner;
    }

    private Node recentList() {
        Label head = new Label("Recent questions");
        head.getStyleClass().add(Styles.TEXT_BOLD);
        ListView<String> list = new ListView<>(model.recent());
        list.setId("recentQuestions");
        list.setPrefWidth(230);
        list.setPlaceholder(new Label("None yet"));
        list.setOnMouseClicked(e -> {
            String picked = list.getSelectionModel().getSelectedItem();
            if (picked != null && e.getClickCount() == 2) {
                model.ask(picked);
            } else if (picked != null) {
                model.questionProperty().set(picked);
            }
        });
        VBox box = new VBox(6, head, list);
        VBox.setVgrow(list, Priority.ALWAYS);
        box.setPadding(new Insets(0, 12, 0, 0));
        return box;
    }

    private void showResult(DecisionRecord shown) {
        if (shown == null) {
            result.getChildren().setAll(samples());
            return;
        }
        result.getChildren().setAll(new DecisionCard(shown, c -> {
            model.viewer().open(c);
            if (!split.getItems().contains(viewer)) {
                split.getItems().add(viewer);
                split.setDividerPositions(0.55);
            }
        }), new FactsPane(model).node(), reviews());
    }

    private void closeViewer() {
        split.getItems().remove(viewer);
    }

    private Node samples() {
        Label head = new Label("Ask about a claim, for example:");
        head.getStyleClass().add(Styles.TEXT_MUTED);
        VBox box = new VBox(6, head);
        box.setId("samples");
        for (String sample : AskViewModel.SAMPLES) {
            Hyperlink link = new Hyperlink(sample);
            link.getStyleClass().add("sample-question");
            link.setOnAction(e -> model.ask(sample));
            box.getChildren().add(link);
        }
        return box;
    }

    private Node reviews() {
        Label head = new Label("Review");
        head.getStyleClass().add(Styles.TEXT_BOLD);
        Button accept = new Button("Accept", new FontIcon(Feather.CHECK));
        accept.setId("accept");
        accept.getStyleClass().add(Styles.SUCCESS);
        accept.setOnAction(e -> model.accept());
        ComboBox<Outcome> outcome = new ComboBox<>();
        outcome.setId("overrideOutcome");
        outcome.getItems().setAll(Outcome.values());
        outcome.setPromptText("Override to…");
        outcome.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(Outcome o) {
                return o == null ? "" : DecisionCard.label(o);
            }

            @Override
            public Outcome fromString(String s) {
                return null;
            }
        });
        TextField reason = new TextField();
        reason.setId("overrideReasonField");
        reason.setPromptText("Reason (required)");
        HBox.setHgrow(reason, Priority.ALWAYS);
        Button override = new Button("Override", new FontIcon(Feather.EDIT_2));
        override.setId("override");
        override.getStyleClass().add(Styles.DANGER);
        override.setOnAction(e -> model.override(outcome.getValue(), reason.getText()));
        TextField note = new TextField();
        note.setId("noteText");
        note.setPromptText("Note");
        HBox.setHgrow(note, Priority.ALWAYS);
        Button addNote = new Button("Add note", new FontIcon(Feather.MESSAGE_SQUARE));
        addNote.setId("addNote");
        addNote.setOnAction(e -> model.addNote(note.getText()));
        HBox overrideRow = new HBox(8, outcome, reason, override);
        HBox noteRow = new HBox(8, note, addNote);
        Label problem = InlineMessage.label(model.reviewProblemProperty(), Styles.DANGER, "reviewProblem");
        VBox box = new VBox(8, head, accept, overrideRow, noteRow, problem);
        box.disableProperty().bind(model.busyProperty());
        return box;
    }

    /** The facts form: one row per fact, its problem beside it, and "Decide again". */
    private static final class FactsPane {
        private final AskViewModel model;

        FactsPane(AskViewModel model) {
            this.model = model;
        }

        Node node() {
            Label head = new Label("Facts read from the question — correct them and decide again");
            head.getStyleClass().add(Styles.TEXT_BOLD);
            GridPane grid = new GridPane();
            grid.setHgap(8);
            grid.setVgap(4);
            int row = 0;
            for (Fact fact : Fact.values()) {
                TextField field = new TextField();
                field.setId("fact-" + fact.name());
                field.setPrefColumnCount(16);
                field.textProperty().bindBidirectional(model.facts().value(fact));
                Label error = InlineMessage.label(model.facts().error(fact), Styles.DANGER, "factError-" + fact.name());
                grid.addRow(row++, new Label(fact.label()), field, error);
            }
            Button again = new Button("Decide again", new FontIcon(Feather.REFRESH_CW));
            again.setId("decideAgain");
            again.disableProperty().bind(model.busyProperty());
            again.setOnAction(e -> model.decideAgain());
            return new VBox(8, head, grid, again);
        }
    }
}
