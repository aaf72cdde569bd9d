package com.intelliclaim.app.ask;

import atlantafx.base.theme.Styles;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.text.Font;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/** Shows a cited page's text with the cited words highlighted, zoom and previous/next page. */
final class PageViewer extends VBox {
    private static final double BASE_FONT = 13;
    private final PageViewerModel model;
    private final TextFlow flow = new TextFlow();
    private final Button previous = new Button(null, new FontIcon(Feather.CHEVRON_LEFT));
    private final Button next = new Button(null, new FontIcon(Feather.CHEVRON_RIGHT));

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
        previous.setId("previousPage");
        previous.setOnAction(e -> model.previous());
        next.setId("nextPage");
        next.setOnAction(e -> model.next());
        Button zoomOut = new Button(null, new FontIcon(Feather.ZOOM_OUT));
        zoomOut.setOnAction(e -> model.zoomOut());
        Button zoomIn = new Button(null, new FontIcon(Feather.ZOOM_IN));
        zoomIn.setOnAction(e -> model.zoomIn());
        Button closer = new Button(null, new FontIcon(Feather.X));
        closer.setOnAction(e -> close.run());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bar = new HBox(6, previous, next, zoomOut, zoomIn, spacer, closer);
        bar.setAlignment(Pos.CENTER_LEFT);
        Label problem = new Label();
        problem.getStyleClass().add(Styles.DANGER);
        problem.textProperty().bind(model.problemProperty());
        problem.setWrapText(true);
        Label note = new Label("Page text as indexed; the cited words are highlighted.");
        note.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        flow.setId("pageText");
        flow.setPadding(new Insets(12));
        flow.setStyle("-fx-background-color: -color-bg-default;");
        ScrollPane scroll = new ScrollPane(flow);
        scroll.setFitToWidth(true);
        VBox.setVgrow(scroll, Priority.ALWAYS);
        getChildren().addAll(title, bar, problem, scroll, note);
        model.textProperty().addListener((o, a, b) -> render());
        model.spanProperty().addListener((o, a, b) -> render());
        model.zoomProperty().addListener((o, a, b) -> render());
        render();
    }

    private void render() {
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
        previous.setDisable(!model.hasPrevious());
        next.setDisable(!model.hasNext());
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
