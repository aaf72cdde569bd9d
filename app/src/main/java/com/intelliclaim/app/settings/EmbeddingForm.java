package com.intelliclaim.app.settings;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The embedding-model part of the Settings form: a bundled model or a TorchScript model folder (the analyst's input),
 * the folder's problem in plain words, and what saving a change means. The model applies when the data folder is
 * opened next, at the next start; an index built with another model then has to be re-indexed before it is searched.
 * Used on the UI thread.
 */
public final class EmbeddingForm {
    private final ObjectProperty<EmbeddingChoice> choice = new SimpleObjectProperty<>(EmbeddingChoice.QUANTISED);
    private final StringProperty folder = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper folderError = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper change = new ReadOnlyStringWrapper("");
    private final String inUse;

    /** @param inUse the model reference this run opened the data folder with */
    EmbeddingForm(String inUse) {
        this.inUse = inUse;
        choice.addListener((o, a, b) -> validate());
        folder.addListener((o, a, b) -> validate());
    }

    public ObjectProperty<EmbeddingChoice> choiceProperty() {
        return choice;
    }

    /** Puts a saved model reference into the form. */
    void show(String reference) {
        choice.set(EmbeddingChoice.of(reference));
        folder.set(EmbeddingChoice.folderOf(reference));
        validate();
    }

    /** The TorchScript model folder; used with {@link EmbeddingChoice#TORCHSCRIPT} only. */
    public StringProperty folderProperty() {
        return folder;
    }

    /** Whether the form passes its check (a TorchScript choice needs a usable folder). */
    boolean valid() {
        return folderError.get().isEmpty();
    }

    /** The folder's problem, naming it and the reason; empty when there is none or no folder is needed. */
    public ReadOnlyStringProperty folderErrorProperty() {
        return folderError.getReadOnlyProperty();
    }

    /** The form as the engine's model reference; call only when {@link #valid()}. */
    String reference() {
        return choice.get().reference(folder.get());
    }

    /** Empty while the form keeps the model in use; else what saving the change means (re-embedding everything). */
    public ReadOnlyStringProperty changeProperty() {
        return change.getReadOnlyProperty();
    }

    /** Whether saving the form would change the model from the one in use now. */
    boolean changesModel() {
        return valid() && !reference().equals(inUse);
    }

    /** The model reference this run uses (a change applies at the next start). */
    public String inUse() {
        return inUse;
    }

    /** The model in use and when a change applies, for the help line. */
    String note() {
        return "In use now: " + inUse + ". A change takes effect at the next start, in this window and on the command"
                + " line (unless --embedder or --model is given). A TorchScript folder runs on the PyTorch engine, an"
                + " optional part the installers do not carry.";
    }

    private void validate() {
        boolean folderNeeded = choice.get() == EmbeddingChoice.TORCHSCRIPT;
        folderError.set(folderNeeded ? SettingsChecks.embeddingFolder(folder.get()).orElse("") : "");
        change.set(changesModel() ? "Saving this changes the model at the next start, and every document is then"
                + " embedded again: IntelliClaim asks to re-index (Re-index now) before it searches. Until then this"
                + " window keeps " + inUse + "." : "");
    }
}
