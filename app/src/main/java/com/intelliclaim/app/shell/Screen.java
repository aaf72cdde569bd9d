package com.intelliclaim.app.shell;

import java.util.function.Supplier;
import javafx.scene.Node;
import org.kordamp.ikonli.Ikon;

/**
 * A screen of the sidebar: its id (saved as the last screen), its title and icon, and how to build its view (once,
 * when first shown).
 */
public record Screen(String id, String title, Ikon icon, Supplier<Node> view) {
}
