package com.intelliclaim.app.documents;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/** The open dialogs for documents: several files, or one folder. Empty when the analyst cancels. */
public final class DocumentPicker {
    private DocumentPicker() {
    }

    public static List<Path> files(Window owner) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Add claim or policy documents");
        chooser.getExtensionFilters().addAll(new FileChooser.ExtensionFilter(
                        "Documents (PDF, Word, e-mail, scans, text)", "*.pdf", "*.docx", "*.eml", "*.png", "*.jpg",
                        "*.jpeg", "*.tif", "*.tiff", "*.txt"),
                new FileChooser.ExtensionFilter("All files", "*.*"));
        List<File> chosen = chooser.showOpenMultipleDialog(owner);
        return chosen == null ? List.of() : chosen.stream().map(File::toPath).toList();
    }

    public static List<Path> folder(Window owner) {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle("Add every document in a folder");
        File chosen = chooser.showDialog(owner);
        return chosen == null ? List.of() : List.of(chosen.toPath());
    }
}
