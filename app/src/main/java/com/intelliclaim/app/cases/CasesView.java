package com.intelliclaim.app.cases;

import atlantafx.base.theme.Styles;
import com.intelliclaim.app.common.Filterable;
import com.intelliclaim.app.common.InlineMessage;
import com.intelliclaim.engine.api.ClaimCase;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.ListChangeListener;
import javafx.collections.transformation.SortedList;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The Cases screen: the cases in a table with a filter (Ctrl+F) and "New case", and beside it the new-case form or
 * the opened case ({@link CaseDetailPane}). Reloads each time it is shown. Layout and bindings only; the logic is in
 * {@link CasesViewModel}.
 */
public final class CasesView extends BorderPane implements Filterable {
    static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.systemDefault());

    private final CasesViewModel model;
    private final TextField filter = new TextField();
    private final TableView<ClaimCase> table = new TableView<>();
    private final ScrollPane detail = new ScrollPane();
    private final Node form;
    private final Node caseDetail;
    private final Node hint;

    public CasesView(CasesViewModel model) {
        this.model = model;
        setPadding(new Insets(16));
        setTop(header());
        form = newCaseForm();
        caseDetail = new CaseDetailPane(model).node();
        hint = hint();
        detail.setFitToWidth(true);
        detail.setPadding(new Insets(0, 0, 0, 12));
        SplitPane split = new SplitPane(table(), detail);
        split.setDividerPositions(0.6);
        setCenter(split);
        model.creatingProperty().addListener((o, a, b) -> showDetail());
        model.openedProperty().addListener((o, a, b) -> {
            showDetail();
            selectOpened();
        });
        showDetail();
        sceneProperty().addListener((o, a, scene) -> {
            if (scene != null) {
                model.refresh(); // decisions asked in a case, or documents indexed, since it was last shown
            }
        });
        model.refresh();
    }

    @Override
    public void focusFilter() {
        filter.requestFocus();
        filter.selectAll();
    }

    private Node header() {
        Label title = new Label("Cases");
        title.getStyleClass().add(Styles.TITLE_2);
        filter.setId("caseFilter");
        filter.setPromptText("Filter by claim number, claimant, policy or status (Ctrl+F)");
        filter.setPrefColumnCount(32);
        filter.textProperty().bindBidirectional(model.filterProperty());
        Button create = new Button("New case", new FontIcon(Feather.PLUS));
        create.setId("newCase");
        create.getStyleClass().add(Styles.ACCENT);
        create.setOnAction(e -> model.startNewCase());
        Button refresh = new Button(null, new FontIcon(Feather.REFRESH_CW));
        refresh.getStyleClass().addAll(Styles.FLAT, Styles.BUTTON_ICON);
        refresh.setOnAction(e -> model.refresh());
        HBox row = new HBox(8, filter, create, refresh);
        row.setAlignment(Pos.CENTER_LEFT);
        Label status = new Label();
        status.setId("casesStatus");
        status.setWrapText(true);
        status.textProperty().bind(Bindings.when(Bindings.isEmpty(model.problemProperty()))
                .then(model.messageProperty()).otherwise(model.problemProperty()));
        status.getStyleClass().add(Styles.TEXT_MUTED);
        VBox box = new VBox(8, title, row, status);
        box.setPadding(new Insets(0, 0, 12, 0));
        return box;
    }

    private Node table() {
        SortedList<ClaimCase> sorted = new SortedList<>(model.cases());
        sorted.comparatorProperty().bind(table.comparatorProperty());
        table.setItems(sorted);
        table.setId("caseTable");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY);
        TableColumn<ClaimCase, String> number = column("Claim number", 150, ClaimCase::claimNumber);
        number.setMinWidth(110);
        table.getColumns().add(number);
        TableColumn<ClaimCase, String> claimant = column("Claimant", 150, ClaimCase::claimant);
        claimant.setMinWidth(90);
        table.getColumns().add(claimant);
        TableColumn<ClaimCase, String> policy = column("Policy", 110, ClaimCase::policyNumber);
        policy.setMinWidth(80);
        table.getColumns().add(policy);
        TableColumn<ClaimCase, String> status = column("Status", 90, k -> k.status().label());
        status.setMinWidth(80);
        table.getColumns().add(status);
        TableColumn<ClaimCase, Instant> updated = column("Changed", 120, ClaimCase::updatedAt);
        updated.setCellFactory(c -> new javafx.scene.control.TableCell<>() {
            @Override
            protected void updateItem(Instant at, boolean empty) {
                super.updateItem(at, empty);
                setText(empty || at == null ? null : WHEN.format(at));
            }
        });
        updated.setMinWidth(110);
        table.getColumns().add(updated);
        TableColumn<ClaimCase, String> by = column("Changed by", 100, model::changedBy);
        by.setMinWidth(80);
        table.getColumns().add(by);
        table.getSelectionModel().selectedItemProperty().addListener((o, a, k) -> {
            if (k != null) {
                model.open(k);
            }
        });
        sorted.addListener((ListChangeListener<ClaimCase>) c -> selectOpened());
        Label empty = new Label("No cases yet. Click \"New case\" to open one for a claim: its claim number, claimant"
                + " and policy number. Then attach the claim's documents and ask within the case.");
        empty.setWrapText(true);
        empty.setMaxWidth(360);
        empty.getStyleClass().add(Styles.TEXT_MUTED);
        empty.setId("casesEmpty");
        table.setPlaceholder(empty);
        return table;
    }

    /** Keeps the opened case selected when the list reloads or a new case opens. */
    private void selectOpened() {
        ClaimCase opened = model.openedProperty().get();
        ClaimCase selected = table.getSelectionModel().getSelectedItem();
        if (opened == null || (selected != null && selected.id().equals(opened.id()))) {
            return;
        }
        table.getItems().stream().filter(k -> k.id().equals(opened.id())).findFirst()
                .ifPresent(k -> table.getSelectionModel().select(k));
    }

    private void showDetail() {
        if (model.creatingProperty().get()) {
            detail.setContent(form);
        } else {
            detail.setContent(model.openedProperty().get() == null ? hint : caseDetail);
        }
    }

    private Node newCaseForm() {
        Label head = new Label("New case");
        head.getStyleClass().add(Styles.TITLE_3);
        NewCaseForm f = model.form();
        TextField number = field("newClaimNumber", "e.g. CLM-2025-000123", f.claimNumberProperty());
        TextField claimant = field("newClaimant", "Name of the insured person", f.claimantProperty());
        TextField policy = field("newPolicyNumber", "Policy number", f.policyNumberProperty());
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(6);
        grid.addRow(0, fieldLabel("Claim number *"), number);
        grid.add(InlineMessage.label(f.claimNumberErrorProperty(), Styles.DANGER, "newClaimNumberError"), 1, 1);
        grid.addRow(2, fieldLabel("Claimant"), claimant);
        grid.addRow(3, fieldLabel("Policy number"), policy);
        grid.add(InlineMessage.label(f.otherErrorProperty(), Styles.DANGER, "newCaseError"), 1, 4);
        GridPane.setHgrow(number, Priority.ALWAYS);
        Button create = new Button("Create case", new FontIcon(Feather.CHECK));
        create.setId("createCase");
        create.getStyleClass().add(Styles.ACCENT);
        create.setDefaultButton(true);
        create.setOnAction(e -> model.createCase());
        Button cancel = new Button("Cancel");
        cancel.setId("cancelNewCase");
        cancel.setOnAction(e -> model.cancelNewCase());
        Label note = new Label("Only the claim number is required; the rest can be filled in later.");
        note.getStyleClass().add(Styles.TEXT_MUTED);
        VBox box = new VBox(10, head, note, grid, new HBox(8, create, cancel));
        box.setPadding(new Insets(4));
        return box;
    }

    private static TextField field(String id, String prompt, javafx.beans.property.StringProperty value) {
        TextField field = new TextField();
        field.setId(id);
        field.setPromptText(prompt);
        field.setPrefColumnCount(24);
        field.textProperty().bindBidirectional(value);
        return field;
    }

    private Node hint() {
        Label l = new Label("Select a case to see and edit it, attach its documents and ask within it — or click"
                + " \"New case\".");
        l.setWrapText(true);
        l.getStyleClass().add(Styles.TEXT_MUTED);
        l.setPadding(new Insets(16));
        l.setId("caseHint");
        return l;
    }

    /** A form label that keeps its whole text however narrow the pane. */
    static Label fieldLabel(String text) {
        Label label = new Label(text);
        label.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        return label;
    }

    static <S, T> TableColumn<S, T> column(String name, double width, Function<S, T> f) {
        TableColumn<S, T> c = new TableColumn<>(name);
        c.setPrefWidth(width);
        c.setCellValueFactory(v -> new ReadOnlyObjectWrapper<>(f.apply(v.getValue())));
        return c;
    }
}
