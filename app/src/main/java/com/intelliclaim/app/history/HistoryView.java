package com.intelliclaim.app.history;

import atlantafx.base.theme.Styles;
import com.intelliclaim.app.ask.DecisionCard;
import com.intelliclaim.app.common.AmountText;
import com.intelliclaim.app.common.Filterable;
import com.intelliclaim.engine.api.DecisionRecord;
import com.intelliclaim.engine.api.Outcome;
import java.io.File;
import java.time.Instant;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.transformation.SortedList;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.util.StringConverter;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The History screen: the decisions in a table with filters, the opened decision's card (read-only, with its notes)
 * and export of the selection, or of every decision shown, to CSV or JSON. Reloads each time it is shown. Layout and
 * bindings only; the logic is in {@link HistoryViewModel}.
 */
public final class HistoryView extends BorderPane implements Filterable {
    private final HistoryViewModel model;
    private final TableView<DecisionRecord> table = new TableView<>();
    private final TextField text = new TextField();
    private final ScrollPane detail = new ScrollPane();

    public HistoryView(HistoryViewModel model) {
        this.model = model;
        setPadding(new Insets(16));
        setTop(header());
        detail.setFitToWidth(true);
        detail.setContent(hint());
        SplitPane split = new SplitPane(table(), detail);
        split.setDividerPositions(0.58);
        setCenter(split);
        model.openedProperty().addListener((o, a, r) -> detail.setContent(r == null ? hint()
                : new DecisionCard(r, null, model.teammate(r).orElse(null))));
        sceneProperty().addListener((o, a, scene) -> {
            if (scene != null) {
                model.refresh();
            }
        });
        model.refresh();
    }

    @Override
    public void focusFilter() {
        text.requestFocus();
        text.selectAll();
    }

    private Node header() {
        Label title = new Label("History");
        title.getStyleClass().add(Styles.TITLE_2);
        ComboBox<Outcome> outcome = new ComboBox<>();
        outcome.setId("historyOutcome");
        outcome.getItems().add(null);
        outcome.getItems().addAll(Outcome.values());
        outcome.setConverter(new StringConverter<>() {
            @Override
            public String toString(Outcome o) {
                return o == null ? "Every outcome" : DecisionCard.label(o);
            }

            @Override
            public Outcome fromString(String s) {
                return null;
            }
        });
        outcome.valueProperty().bindBidirectional(model.outcomeProperty());
        ComboBox<CaseChoice> inCase = new ComboBox<>(model.caseChoices());
        inCase.setId("historyCase");
        inCase.setPrefWidth(200);
        inCase.valueProperty().bindBidirectional(model.caseChoiceProperty());
        DatePicker from = new DatePicker();
        from.setPromptText("From");
        from.setPrefWidth(130);
        from.valueProperty().bindBidirectional(model.fromProperty());
        DatePicker to = new DatePicker();
        to.setPromptText("To");
        to.setPrefWidth(130);
        to.valueProperty().bindBidirectional(model.toProperty());
        TextField document = new TextField();
        document.setPromptText("Document name");
        document.textProperty().bindBidirectional(model.documentProperty());
        text.setId("historyText");
        text.setPromptText("Text (Ctrl+F)");
        text.textProperty().bindBidirectional(model.textProperty());
        Button csv = exportButton("CSV", "*.csv", model::exportCsv);
        csv.setId("exportCsv");
        Button json = exportButton("JSON", "*.json", model::exportJson);
        json.setId("exportJson");
        Button pdf = exportButton("PDF report", "*.pdf", model::exportPdf);
        pdf.setId("exportPdf");
        Button refresh = new Button(null, new FontIcon(Feather.REFRESH_CW));
        refresh.setOnAction(e -> model.refresh());
        FlowPane filters = new FlowPane(8, 8, inCase, outcome, from, to, document, text, refresh, csv, json, pdf);
        filters.setAlignment(Pos.CENTER_LEFT);
        Label status = new Label();
        status.setId("historyStatus");
        status.getStyleClass().add(Styles.TEXT_MUTED);
        status.textProperty().bind(Bindings.when(Bindings.isEmpty(model.problemProperty()))
                .then(model.statusProperty()).otherwise(model.problemProperty()));
        VBox box = new VBox(8, title, filters, status);
        box.setPadding(new Insets(0, 0, 12, 0));
        return box;
    }

    private Button exportButton(String kind, String pattern, BiConsumer<List<DecisionRecord>, java.nio.file.Path> export) {
        Button button = new Button("Export " + kind + "…", new FontIcon(Feather.DOWNLOAD));
        button.setOnAction(e -> {
            List<DecisionRecord> selected = List.copyOf(table.getSelectionModel().getSelectedItems());
            List<DecisionRecord> chosen = selected.isEmpty() ? List.copyOf(model.decisions()) : selected;
            FileChooser chooser = new FileChooser();
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(kind, pattern));
            chooser.setInitialFileName("decisions" + pattern.substring(1));
            chooser.setTitle("Export " + (selected.isEmpty() ? "the " + chosen.size() + " decisions shown"
                    : "the " + chosen.size() + " selected decisions") + " as " + kind);
            File file = chooser.showSaveDialog(getScene() == null ? null : getScene().getWindow());
            if (file != null) {
                export.accept(chosen, file.toPath());
            }
        });
        return button;
    }

    private Node table() {
        SortedList<DecisionRecord> sorted = new SortedList<>(model.decisions());
        sorted.comparatorProperty().bind(table.comparatorProperty());
        table.setItems(sorted);
        table.setId("historyTable");
        table.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        TableColumn<DecisionRecord, Instant> created = column("Created", 120, DecisionRecord::createdAt);
        created.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(Instant at, boolean empty) {
                super.updateItem(at, empty);
                setText(empty || at == null ? null : DecisionCardTime.format(at));
            }
        });
        TableColumn<DecisionRecord, Outcome> decision = column("Decision", 100, DecisionRecord::decision);
        decision.setCellFactory(c -> DecisionCard.outcomeCell());
        table.getColumns().add(created);
        table.getColumns().add(decision);
        table.getColumns().add(column("Amount", 110, r -> r.amount() == null ? "" : AmountText.of(r)));
        table.getColumns().add(column("Decided by", 90, DecisionRecord::decidedBy));
        table.getColumns().add(column("Analyst", 80, model::analystLabel));
        table.getColumns().add(column("Question", 320, DecisionRecord::query));
        table.getColumns().add(column("Review", 130, model::reviewState));
        table.getSelectionModel().selectedItemProperty().addListener((o, a, r) -> model.open(r));
        Label empty = new Label("No decisions match. Ask a question on the Ask screen, or clear the filters.");
        empty.getStyleClass().add(Styles.TEXT_MUTED);
        table.setPlaceholder(empty);
        return table;
    }

    private static Node hint() {
        Label l = new Label("Select a decision to see it in full.");
        l.getStyleClass().add(Styles.TEXT_MUTED);
        l.setPadding(new Insets(16));
        return l;
    }

    private static <T> TableColumn<DecisionRecord, T> column(String name, double width, Function<DecisionRecord, T> f) {
        TableColumn<DecisionRecord, T> c = new TableColumn<>(name);
        c.setPrefWidth(width);
        c.setCellValueFactory(v -> new ReadOnlyObjectWrapper<>(f.apply(v.getValue())));
        return c;
    }

    /** The card's date format, for the table. */
    private static final class DecisionCardTime {
        private static final java.time.format.DateTimeFormatter WHEN = java.time.format.DateTimeFormatter
                .ofPattern("yyyy-MM-dd HH:mm").withZone(java.time.ZoneId.systemDefault());

        static String format(Instant at) {
            return WHEN.format(at);
        }
    }
}
