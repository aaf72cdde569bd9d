package com.intelliclaim.app.ask;

import atlantafx.base.theme.Styles;
import com.intelliclaim.engine.api.TextBox;
import java.util.Locale;
import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.image.ImageView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Rectangle;
import javafx.scene.text.Font;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * Shows a cited page: drawn from the kept PDF with the cited words boxed, or as indexed text with them marked; zoom
 * (buttons, Ctrl+plus, Ctrl+minus, Ctrl+0 fits the width), previous/next page and a page number field.
 */
final class PageViewer extends VBox {
    private static final double BASE_FONT = 13;
    private static final double HIGHLIGHT_PADDING = 2;
    private final PageViewerModel model;
    private final TextFlow flow = new TextFlow();
    private final Pane drawnPane = new Pane();
    private final ScrollPane scroll = new ScrollPane();
    private final TextField pageField = new TextField();
    private final Label pageCount = new Label();
    private final Label zoomLabel = new Label();
    private final Button previous = button(Feather.CHEVRON_LEFT, "previousPage", "Previous page");
    private final Button next = button(Feather.CHEVRON_RIGHT, "nextPage", "Next page");

    PageViewer(PageViewerModel model, Runnable close) {
        super(8);
        this.model = model;
        setId("pageViewer");
        setPadding(new Insets(0, 0, 0, 12));
        Label title = new Label();
        title.setId("pageTitle");
        title.getStyleClass().add(Styles.TEXT_BOLD);
        title.textProperty().bind(model.titleProperty());
        title.setWrapText(true);
        Label problem = new Label();
        problem.setId("pageProblem");
        problem.getStyleClass().add(Styles.DANGER);
        problem.textProperty().bind(model.problemProperty());
        problem.setWrapText(true);
        problem.managedProperty().bind(problem.textProperty().isNotEmpty());
        Label note = new Label();
        note.setId("pageNote");
        note.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        note.textProperty().bind(model.noteProperty());
        note.setWrapText(true);
        flow.setId("pageText");
        flow.setPadding(new Insets(12));
        flow.setStyle("-fx-background-color: -color-bg-default;");
        drawnPane.setId("pageCanvas");
        scroll.setPannable(true);
        VBox.setVgrow(scroll, Priority.ALWAYS);
        Button closer = button(Feather.X, "closeViewer", "Close the page");
        closer.setOnAction(e -> close.run());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox head = new HBox(6, title, spacer, closer);
        head.setAlignment(Pos.CENTER_LEFT);
        getChildren().addAll(head, toolbar(), problem, scroll, note);
        addEventFilter(KeyEvent.KEY_PRESSED, this::zoomKeys);
        model.textProperty().addListener((o, a, b) -> render());
        model.spanProperty().addListener((o, a, b) -> render());
        model.zoomProperty().addListener((o, a, b) -> render());
        model.drawnProperty().addListener((o, a, b) -> render());
        render();
    }

    private Node toolbar() {
        previous.setOnAction(e -> model.previous());
        next.setOnAction(e -> model.next());
        pageField.setId("pageNumber");
        pageField.setPrefColumnCount(3);
        pageField.setMinWidth(Region.USE_PREF_SIZE);
        pageCount.setMinWidth(Region.USE_PREF_SIZE);
        pageField.setOnAction(e -> goToTypedPage());
        pageField.focusedProperty().addListener((o, was, focused) -> {
            if (!focused) {
                pageField.setText(String.valueOf(model.pageProperty().get()));
            }
        });
        Button zoomOut = button(Feather.ZOOM_OUT, "zoomOut", "Zoom out (Ctrl+minus)");
        zoomOut.setOnAction(e -> model.zoomOut());
        Button zoomIn = button(Feather.ZOOM_IN, "zoomIn", "Zoom in (Ctrl+plus)");
        zoomIn.setOnAction(e -> model.zoomIn());
        Button fit = button(Feather.MAXIMIZE_2, "fitWidth", "Fit the width (Ctrl+0)");
        fit.setOnAction(e -> fitWidth());
        zoomLabel.setId("zoomLevel");
        zoomLabel.setMinWidth(Region.USE_PREF_SIZE);
        ProgressIndicator busy = new ProgressIndicator();
        busy.setPrefSize(16, 16);
        busy.visibleProperty().bind(model.drawingProperty());
        HBox bar = new HBox(4, previous, pageField, pageCount, next, new Region(), zoomOut, zoomLabel, zoomIn, fit, busy);
        ((Region) bar.getChildren().get(4)).setMinWidth(8);
        bar.setAlignment(Pos.CENTER_LEFT);
        return bar;
    }

    private static Button button(Feather icon, String id, String tip) {
        Button button = new Button(null, new FontIcon(icon));
        button.setId(id);
        button.setTooltip(new Tooltip(tip));
        button.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT);
        button.setMinWidth(Region.USE_PREF_SIZE);
        return button;
    }

    private void goToTypedPage() {
        try {
            model.goTo(Integer.parseInt(pageField.getText().strip()));
        } catch (NumberFormatException e) {
            model.goTo(0);
        }
    }

    private void fitWidth() {
        double gutter = 16; // the vertical scroll bar
        model.fitWidth(scroll.getViewportBounds().getWidth() > 0 ? scroll.getViewportBounds().getWidth() - gutter : 0);
    }

    private void zoomKeys(KeyEvent e) {
        if (!e.isShortcutDown()) {
            return;
        }
        KeyCode code = e.getCode();
        if (code == KeyCode.PLUS || code == KeyCode.ADD || code == KeyCode.EQUALS) {
            model.zoomIn();
        } else if (code == KeyCode.MINUS || code == KeyCode.SUBTRACT) {
            model.zoomOut();
        } else if (code == KeyCode.DIGIT0 || code == KeyCode.NUMPAD0) {
            fitWidth();
        } else {
            return;
        }
        e.consume();
    }

    private void render() {
        DrawnPage drawn = model.drawnProperty().get();
        if (drawn != null) {
            showDrawn(drawn);
        } else {
            showText();
        }
        pageField.setText(String.valueOf(model.pageProperty().get()));
        pageCount.setText("of " + model.pageCountProperty().get());
        zoomLabel.setText(String.format(Locale.ROOT, "%d %%", Math.round(model.zoomProperty().get() * 100)));
        previous.setDisable(!model.hasPrevious());
        next.setDisable(!model.hasNext());
    }

    private void showDrawn(DrawnPage drawn) {
        ImageView image = new ImageView(drawn.image());
        image.setId("pageImage");
        drawnPane.getChildren().setAll(image);
        for (TextBox box : drawn.highlights()) {
            Rectangle mark = new Rectangle(box.x() - HIGHLIGHT_PADDING, box.y() - HIGHLIGHT_PADDING,
                    box.width() + 2 * HIGHLIGHT_PADDING, box.height() + 2 * HIGHLIGHT_PADDING);
            mark.setId("citedHighlight");
            mark.getStyleClass().add("cited-highlight");
            mark.setStyle("-fx-fill: rgba(255, 200, 0, 0.35); -fx-stroke: rgba(200, 140, 0, 0.9);");
            mark.setMouseTransparent(true);
            drawnPane.getChildren().add(mark);
        }
        drawnPane.setPrefSize(drawn.image().getWidth(), drawn.image().getHeight());
        drawnPane.setMinSize(drawn.image().getWidth(), drawn.image().getHeight());
        scroll.setFitToWidth(false);
        scroll.setContent(drawnPane);
        Platform.runLater(() -> scrollToFirstHighlight(drawn)); // after layout, when the viewport has its size
    }

    /** Puts the first cited line a third of the way down the view; the top of the page when nothing is cited. */
    private void scrollToFirstHighlight(DrawnPage drawn) {
        double contentHeight = drawn.image().getHeight();
        double viewport = scroll.getViewportBounds().getHeight();
        if (drawn.highlights().isEmpty() || contentHeight <= viewport) {
            scroll.setVvalue(0);
            scroll.setHvalue(0);
            return;
        }
        TextBox first = drawn.highlights().get(0);
        double target = first.y() - viewport / 3;
        scroll.setVvalue(Math.max(0, Math.min(1, target / (contentHeight - viewport))));
        double contentWidth = drawn.image().getWidth();
        double viewportWidth = scroll.getViewportBounds().getWidth();
        scroll.setHvalue(contentWidth <= viewportWidth ? 0
                : Math.max(0, Math.min(1, (first.x() - 24) / (contentWidth - viewportWidth))));
    }

    private void showText() {
        String text = model.textProperty().get();
        CitedSpan span = model.spanProperty().get();
        Font font = Font.font(BASE_FONT * model.zoomProperty().get());
        if (span == null) {
            flow.getChildren().setAll(text(text, font, false));
        } else {
            flow.getChildren().setAll(text(text.substring(0, span.start()), font, false),
                    text(text.substring(span.start(), span.end()), font, true),
                    text(text.substring(span.end()), font, false));
        }
        scroll.setFitToWidth(true);
        if (scroll.getContent() != flow) {
            scroll.setContent(flow);
        }
    }

    private static Text text(String s, Font font, boolean cited) {
        Text t = new Text(s);
        t.setFont(font);
        if (cited) {
            t.setId("citedSpan");
            t.setStyle("-fx-fill: -color-accent-fg; -fx-font-weight: bold; -fx-underline: true;");
        } else {
            t.setStyle("-fx-fill: -color-fg-default;");
        }
        return t;
    }
}
