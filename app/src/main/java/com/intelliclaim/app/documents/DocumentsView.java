package com.intelliclaim.app.documents;

import com.intelliclaim.engine.api.DocumentInfo;
import java.io.File;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.input.DragEvent;
import javafx.scene.input.Dragboard;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The Documents screen: a drop target and "Add files" button, the running batch with per-file state and progress,
 * and the indexed documents. Layout and bindings only; the logic is in {@link DocumentsViewModel}.
 */
public final class DocumentsView extends BorderPane {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(ZoneId.systemDefault());
    private final DocumentsViewModel model;

    public DocumentsView(DocumentsViewModel model) {
        this.model = model;
        setPadding(new Insets(16));
        setTop(header());
        setCenter(documentTable());
        setBottom(batchList());
        setOnDragOver(this::dragOver);
        setOnDragDropped(e -> {
            Dragboard board = e.getDragboard();
            e.setDropCompleted(board.hasFiles() && acceptDrop(board.getFiles()));
            e.consume();
        });
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
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Add claim or policy documents");
        chooser.getExtensionFilters().addAll(new FileChooser.ExtensionFilter("Documents (PDF, text)", "*.pdf", "*.txt"),
                new FileChooser.ExtensionFilter("All files", "*.*"));
        List<File> chosen = chooser.showOpenMultipleDialog(getScene() == null ? null : getScene().getWindow());
        if (chosen != null) {
            model.ingest(chosen.stream().map(File::toPath).toList());
        }
    }

    private void dragOver(DragEvent e) {
        if (e.getDragboard().hasFiles()) {
            e.acceptTransferModes(TransferMode.COPY);
        }
        e.consume();
    }

    private Node header() {
        Label title = new Label("Documents");
        title.getStyleClass().add("title-2");
        Label hint = new Label("Drop PDF or text files and folders anywhere on this window, or add them (Ctrl+O).");
        hint.getStyleClass().add("text-muted");
        Button add = new Button("Add files…", new FontIcon(Feather.PLUS));
        add.setId("addFiles");
        add.setOnAction(e -> chooseFiles());
        add.disableProperty().bind(model.busyProperty());
        Button cancel = new Button("Cancel", new FontIcon(Feather.X));
        cancel.setId("cancelIngest");
        cancel.visibleProperty().bind(model.busyProperty());
        cancel.setOnAction(e -> model.cancel());
        Label status = new Label();
        status.setId("ingestStatus");
        status.textProperty().bind(model.statusProperty());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox actions = new HBox(8, add, cancel, status, spacer);
        actions.setAlignment(Pos.CENTER_LEFT);
        VBox box = new VBox(6, title, hint, actions);
        box.setPadding(new Insets(0, 0, 12, 0));
        return box;
    }

    private Node documentTable() {
        TableView<DocumentInfo> table = new TableView<>(model.documents());
        table.setId("documentTable");
        table.getColumns().add(column("Name", 320, DocumentInfo::name));
        table.getColumns().add(column("Pages", 70, d -> Integer.toString(d.pages())));
        table.getColumns().add(column("Passages", 80, d -> Integer.toString(d.chunks())));
        table.getColumns().add(column("Size", 90, d -> String.format(Locale.ROOT, "%.1f MB", d.sizeBytes() / 1048576.0)));
        table.getColumns().add(column("Ingested", 150, d -> WHEN.format(d.ingestedAt())));
        table.getColumns().add(column("SHA-256", 130, d -> d.sha256().substring(0, 12)));
        Label empty = new Label("No documents yet. Drop policy wordings and claim documents here to index them.");
        empty.getStyleClass().add("text-muted");
        table.setPlaceholder(empty);
        return table;
    }

    private static TableColumn<DocumentInfo, String> column(String name, double width,
                                                            java.util.function.Function<DocumentInfo, String> value) {
        TableColumn<DocumentInfo, String> column = new TableColumn<>(name);
        column.setPrefWidth(width);
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(value.apply(c.getValue())));
        return column;
    }

    private Node batchList() {
        ListView<FileRow> list = new ListView<>(model.files());
        list.setId("batchList");
        list.setPrefHeight(180);
        list.setCellFactory(v -> new FileRowCell());
        list.visibleProperty().bind(Bindings.isNotEmpty(model.files()));
        list.managedProperty().bind(list.visibleProperty());
        BorderPane.setMargin(list, new Insets(12, 0, 0, 0));
        return list;
    }

    /** A row of the batch: name, state, progress bar and, for a failure, the reason in red. */
    private static final class FileRowCell extends ListCell<FileRow> {
        @Override
        protected void updateItem(FileRow row, boolean empty) {
            super.updateItem(row, empty);
            textProperty().unbind();
            if (empty || row == null) {
                setGraphic(null);
                setText(null);
                return;
            }
            Label name = new Label(row.name());
            name.setMinWidth(260);
            Label state = new Label();
            state.textProperty().bind(row.stateProperty());
            state.setMinWidth(150);
            ProgressBar bar = new ProgressBar();
            bar.progressProperty().bind(row.progressProperty());
            bar.setPrefWidth(160);
            Label detail = new Label();
            detail.textProperty().bind(row.detailProperty());
            detail.getStyleClass().add(row.failed() ? "danger" : "text-muted");
            row.stateProperty().addListener((o, a, b) -> detail.getStyleClass().setAll("label",
                    row.failed() ? "danger" : "text-muted"));
            HBox box = new HBox(12, name, state, bar, detail);
            box.setAlignment(Pos.CENTER_LEFT);
            setText(null);
            setGraphic(box);
        }
    }
}
