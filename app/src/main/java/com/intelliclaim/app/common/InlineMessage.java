package com.intelliclaim.app.common;

import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableStringValue;
import javafx.scene.control.Label;

/** A message shown inline next to what it is about: wrapped, styled, and taking no room while it is empty. */
public final class InlineMessage {
    private InlineMessage() {
    }

    /** A label bound to {@code text}, styled {@code style} (an AtlantaFX style class), with the node id {@code id}. */
    public static Label label(ObservableStringValue text, String style, String id) {
        Label label = new Label();
        label.setId(id);
        label.setWrapText(true);
        label.getStyleClass().add(style);
        label.textProperty().bind(text);
        label.visibleProperty().bind(Bindings.isNotEmpty(text));
        label.managedProperty().bind(label.visibleProperty());
        return label;
    }
}
