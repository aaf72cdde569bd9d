package com.intelliclaim.app.documents;

import atlantafx.base.theme.Styles;
import com.intelliclaim.app.common.Filterable;
import com.intelliclaim.app.common.Prewarmable;
import com.intelliclaim.engine.api.DocumentInfo;
import java.io.File;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.transformation.SortedList;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The Documents screen: add files or folders, the ingest queue with per-file state, progress and cancel, and the
 * indexed documents with a name filter, remove and re-index. Layout and bindings only; the logic is in
 * {@link DocumentsViewModel}. Drops are taken by the whole window (see the shell), which calls {@link #acceptDrop}.
 */
public final class DocumentsView extends BorderPane implements Filterable, Prewarmable {
    private static final double ROW_HEIGHT = 40;
    private final DocumentsViewModel model;
    private final TextField filter = new TextField();
    private final TableView<DocumentInfo> table = new TableView<>();
    private final ListView<FileRow> queueList = new ListView<>();
    private final VBox queueBox = new VBox(6);

    public DocumentsView(DocumentsViewModel model) {
        this.model = model;
        setPadding(new Insets(16));
        setTop(header());
        setCenter(documentTable());
        setBottom(queueList());
    }

    /**
     * Shows the ingest queue once with a warm-up row and lays it out, then hides it again. Otherwise the first real
     * row pays, in the first frame after files are added, for the list's cells, the row's progress bar, button and
     * icon, their skins and their first CSS pass: that frame was the one FX-thread stall over 100 ms while a 101-page
     * policy was ingested. The shell calls this while the screen is laid out in the window but not shown.
     */
    @Override
    public void prewarm() {
        if (!model.files().isEmpty()) {
            return;
        }
        queueList.setItems(FXCollections.observableArrayList(
                new FileRow(Path.of("warm-up.pdf"), FileRow.State.EMBEDDING)));
        queueBox.visibleProperty().unbind();
        queueBox.setVisible(true);
        // Twice: the first pass creates the cells, the second styles and lays out what they made.
        for (int pass = 0; pass < 2; pass++) {
            applyCss();
            layout();
        }
        queueList.setItems(model.files());
        queueBox.visibleProperty().bind(Bindings.isNotEmpty(model.files()));
    }

    /** Takes the files of a drop (the drop handler's work, also called by tests, which cannot synthesise a drop). */
    public boolean acceptDrop(List<File> files) {
        if (files.isEmpty()) {
            return false;
        }
        model.ingest(files.stream().map(File::toPath).toList());
        return true;
    }

    /** Opens the file chooser (Ctrl+O). */
    public void chooseFiles() {
        acceptPicked(DocumentPicker.files(window()));
    }

    private void chooseFolder() {
        acceptPicked(DocumentPicker.folder(window()));
    }

    private void acceptPicked(List<Path> picked) {
        if (!picked.isEmpty()) {
            model.ingest(picked);
        }
    }

    private Window window() {
        return getScene() == null ? null : getScene().getWindow();
    }

    @Override
    public void focusFilter() {
        filter.requestFocus();
        filter.selectAll();
    }

    private Node header() {
        Label title = new Label("Documents");
        title.getStyleClass().add(Styles.TITLE_2);
        Label hint = new Label("Drop PDF or text files and folders anywhere on this window, or add them (Ctrl+O).");
        hint.getStyleClass().add(Styles.TEXT_MUTED);
        Button add = new Button("Add files…", new FontIcon(Feather.PLUS));
        add.setId("addFiles");
        add.getStyleClass().add(Styles.ACCENT);
        add.setOnAction(e -> chooseFiles());
        Button folder = new Button("Add folder…", new FontIcon(Feather.FOLDER_PLUS));
        folder.setOnAction(e -> chooseFolder());
        Button remove = new Button("Remove", new FontIcon(Feather.TRASH_2));
        remove.setId("removeDocuments");
        remove.disableProperty().bind(Bindings.isEmpty(table.getSelectionModel().getSelectedItems())
                .or(model.maintainingProperty()));
        remove.setOnAction(e -> confirmRemove());
        Button reindex = new Button("Re-index all", new FontIcon(Feather.REFRESH_CW));
        reindex.setId("reindex");
        reindex.disableProperty().bind(model.maintainingProperty().or(Bindings.isEmpty(model.allDocuments())));
        reindex.setOnAction(e -> confirmReindex());
        filter.setId("documentFilter");
        filter.setPromptText("Filter by name (Ctrl+F)");
        filter.textProperty().bindBidirectional(model.filterProperty());
        filter.setPrefColumnCount(18);
        filter.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ESCAPE && !filter.getText().isEmpty()) {
                filter.clear();
                e.consume();
            }
        });
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox actions = new HBox(8, add, folder, spacer, filter, remove, reindex);
        actions.setAlignment(Pos.CENTER_LEFT);
        Label status = new Label();
        status.setId("ingestStatus");
        status.getStyleClass().add(Styles.TEXT_MUTED);
        status.textProperty().bind(model.statusProperty());
        VBox box = new VBox(6, title, hint, actions, status);
        box.setPadding(new Insets(0, 0, 12, 0));
        return box;
    }

    private Node documentTable() {
        SortedList<DocumentInfo> sorted = new SortedList<>(model.documents());
        sorted.comparatorProperty().bind(table.comparatorProperty());
        table.setItems(sorted);
        table.setId("documentTable");
        table.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        var name = DocumentColumns.text("Name", 320, DocumentInfo::name);
        name.setCellFactory(c -> new DocumentNameCell());
        table.getColumns().add(name);
        table.getColumns().add(DocumentColumns.text("From", 100, model::sender));
        table.getColumns().add(DocumentColumns.number("Pages", 70, DocumentInfo::pages));
        table.getColumns().add(DocumentColumns.number("Passages", 95, DocumentInfo::chunks));
        table.getColumns().add(DocumentColumns.size("Size", 90));
        table.getColumns().add(DocumentColumns.instant("Ingested", 150, DocumentInfo::ingestedAt));
        table.getColumns().add(DocumentColumns.text("SHA-256", 120, d -> d.sha256().substring(0, 12)));
        table.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.DELETE) {
                confirmRemove();
            }
        });
        Label empty = new Label();
        empty.textProperty().bind(Bindings.when(Bindings.isEmpty(model.allDocuments()))
                .then("No documents yet. Drop policy wordings and claim documents here to index them.")
                .otherwise("No document name contains the filter text."));
        empty.getStyleClass().add(Styles.TEXT_MUTED);
        table.setPlaceholder(empty);
        return table;
    }

    private Node queueList() {
        ListView<FileRow> list = queueList;
        list.setItems(model.files());
        list.setId("batchList");
        list.setPrefHeight(190);
        // One height for every row: the list then lays out without measuring each cell (its first layout, when files
        // are first added, took about a third less time on the FX thread).
        list.setFixedCellSize(ROW_HEIGHT);
        list.setCellFactory(v -> new FileRowCell(model::cancel));
        Label title = new Label("Adding");
        title.getStyleClass().add(Styles.TEXT_BOLD);
        Button cancelAll = new Button("Cancel all (Esc)", new FontIcon(Feather.X));
        cancelAll.setId("cancelIngest");
        cancelAll.visibleProperty().bind(model.busyProperty());
        cancelAll.setOnAction(e -> model.cancelAll());
        HBox head = new HBox(12, title, cancelAll);
        head.setAlignment(Pos.CENTER_LEFT);
        VBox box = queueBox;
        box.getChildren().setAll(head, list);
        box.visibleProperty().bind(Bindings.isNotEmpty(model.files()));
        box.managedProperty().bind(box.visibleProperty());
        BorderPane.setMargin(box, new Insets(12, 0, 0, 0));
        return box;
    }

    private void confirmRemove() {
        List<DocumentInfo> selected = List.copyOf(table.getSelectionModel().getSelectedItems());
        if (selected.isEmpty()) {
            return;
        }
        String what = selected.size() == 1 ? "\"" + selected.get(0).name() + "\"" : selected.size() + " documents";
        if (confirm("Remove " + what + " from the index?", "Searches and decisions will no longer find them. "
                + "The files on your disk are not touched; you can add them again.")) {
            model.remove(selected);
        }
    }

    private void confirmReindex() {
        if (confirm("Re-index every document?", "Each document's passages are embedded again with the bundled model. "
                + "This takes a while for many documents; you can keep working, and cancel it with Esc.")) {
            model.reindex();
        }
    }

    private boolean confirm(String header, String text) {
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, text, ButtonType.OK, ButtonType.CANCEL);
        alert.setHeaderText(header);
        if (getScene() != null) {
            alert.initOwner(getScene().getWindow());
        }
        return alert.showAndWait().filter(ButtonType.OK::equals).isPresent();
    }

    /** Table columns with typed values, so that sorting by pages or date sorts numbers and instants. */
    private static final class DocumentColumns {
        private DocumentColumns() {
        }

        static javafx.scene.control.TableColumn<DocumentInfo, String> text(String name, double width,
                                                                            Function<DocumentInfo, String> value) {
            return column(name, width, value);
        }

        static javafx.scene.control.TableColumn<DocumentInfo, Integer> number(String name, double width,
                                                                               Function<DocumentInfo, Integer> value) {
            javafx.scene.control.TableColumn<DocumentInfo, Integer> c = column(name, width, value);
            c.setStyle("-fx-alignment: CENTER-RIGHT;");
            return c;
        }

        static javafx.scene.control.TableColumn<DocumentInfo, Long> size(String name, double width) {
            javafx.scene.control.TableColumn<DocumentInfo, Long> c = column(name, width, DocumentInfo::sizeBytes);
            c.setStyle("-fx-alignment: CENTER-RIGHT;");
            c.setCellFactory(col -> new FormattedCell<>(Formats::size));
            return c;
        }

        static javafx.scene.control.TableColumn<DocumentInfo, Instant> instant(String name, double width,
                                                                                Function<DocumentInfo, Instant> value) {
            javafx.scene.control.TableColumn<DocumentInfo, Instant> c = column(name, width, value);
            c.setCellFactory(col -> new FormattedCell<>(Formats::when));
            return c;
        }

        private static <T> javafx.scene.control.TableColumn<DocumentInfo, T> column(String name, double width,
                                                                                   Function<DocumentInfo, T> value) {
            javafx.scene.control.TableColumn<DocumentInfo, T> column = new javafx.scene.control.TableColumn<>(name);
            column.setPrefWidth(width);
            column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(value.apply(c.getValue())));
            return column;
        }
    }

    /** A table cell that shows its value through a formatter. */
    private static final class FormattedCell<T> extends javafx.scene.control.TableCell<DocumentInfo, T> {
        private final Function<T, String> format;

        FormattedCell(Function<T, String> format) {
            this.format = format;
        }

        @Override
        protected void updateItem(T value, boolean empty) {
            super.updateItem(value, empty);
            setText(empty || value == null ? null : format.apply(value));
        }
    }
}
