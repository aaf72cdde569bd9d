package com.intelliclaim.app.ask;

import com.intelliclaim.app.PolicyEngine;
import com.intelliclaim.app.SamplePdfs;
import com.intelliclaim.app.common.ImmediateTaskRunner;
import com.intelliclaim.app.common.QueuedTaskRunner;
import com.intelliclaim.engine.api.Citation;
import com.intelliclaim.engine.api.DocumentInfo;
import com.intelliclaim.engine.api.SearchHit;
import com.intelliclaim.engine.api.SearchRequest;
import java.nio.file.Files;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** The viewer's logic against the real engine: a kept PDF is drawn, a text document and an unkept PDF show as text. */
class PageViewerModelTest {
    @RegisterExtension
    static final PolicyEngine policy = PolicyEngine.policyAnd(folder -> List.of(
            Files.writeString(folder.resolve("notes.txt"),
                    "Claim note. The insured was admitted on 3 March for cataract surgery at Ruby Hall, Pune."),
            SamplePdfs.write(folder.resolve("old-schedule.pdf"), List.of(List.of("Schedule of benefits for the older"
                    + " policy: ambulance cover up to Rs 2,000 per hospitalisation.")))));

    @BeforeAll
    static void forgetTheOldScheduleOriginal() throws Exception {
        // As if "old-schedule.pdf" had been added before originals were kept.
        Files.delete(policy.engine().sourceFile(document("old-schedule.pdf").sha256()).orElseThrow());
    }

    private static DocumentInfo document(String name) {
        return policy.engine().documents().stream().filter(d -> d.name().equals(name)).findFirst().orElseThrow();
    }

    private static Citation cited(String query, String documentName) {
        SearchHit hit = policy.engine().search(new SearchRequest(query, 1, document(documentName).sha256())).get(0);
        return Citation.of(hit);
    }

    private static PageViewerModel viewer() {
        return new PageViewerModel(new ImmediateTaskRunner(), policy.engine());
    }

    @Test
    void aCitedPdfPageIsDrawnWithTheCitedWordsBoxedAndPagesThroughFromTheCache() {
        PageViewerModel viewer = viewer();
        Citation cited = cited("cataract waiting period", "policy.pdf");

        viewer.open(cited);

        DrawnPage drawn = viewer.drawnProperty().get();
        assertThat(drawn).isNotNull();
        assertThat(drawn.page()).isEqualTo(cited.page());
        assertThat(drawn.image().getWidth()).isCloseTo(595, within(1.0));
        assertThat(drawn.highlights()).isNotEmpty();
        assertThat(drawn.highlights()).allSatisfy(box -> {
            assertThat(box.x()).isBetween(0f, 595f);
            assertThat(box.y()).isBetween(0f, 842f);
        });
        assertThat(viewer.noteProperty().get()).isEmpty();
        assertThat(viewer.pageCountProperty().get()).isEqualTo(3);

        int other = viewer.hasNext() ? cited.page() + 1 : cited.page() - 1;
        viewer.goTo(other);
        assertThat(viewer.drawnProperty().get().page()).isEqualTo(other);
        assertThat(viewer.titleProperty().get()).isEqualTo("policy.pdf — page " + other + " of 3");
        viewer.goTo(cited.page());
        assertThat(viewer.drawnProperty().get()).isSameAs(drawn);
    }

    @Test
    void zoomRedrawsAtTheNewScaleAndFitWidthFillsTheViewport() {
        PageViewerModel viewer = viewer();
        viewer.open(cited("cataract waiting period", "policy.pdf"));

        viewer.zoomIn();
        assertThat(viewer.drawnProperty().get().scale()).isEqualTo(1.25);
        assertThat(viewer.drawnProperty().get().image().getWidth()).isCloseTo(595 * 1.25, within(1.0));

        viewer.fitWidth(400);
        assertThat(viewer.drawnProperty().get().image().getWidth()).isCloseTo(400, within(1.0));
        for (int i = 0; i < 20; i++) {
            viewer.zoomOut();
        }
        assertThat(viewer.zoomProperty().get()).isEqualTo(PageViewerModel.MIN_ZOOM);
    }

    @Test
    void wordsThatAreNotOnTheDrawnPageLeaveItUnmarkedWithANote() {
        PageViewerModel viewer = viewer();
        Citation real = cited("cataract waiting period", "policy.pdf");
        viewer.open(new Citation(real.chunkId(), real.documentSha256(), real.documentName(), real.page(),
                real.pageEnd(), real.clause(), real.heading(), "Words that appear nowhere in this policy wording at all.",
                real.score()));

        assertThat(viewer.drawnProperty().get().highlights()).isEmpty();
        assertThat(viewer.noteProperty().get()).isEqualTo(PageViewerModel.NOTE_SPAN_MISSING);
    }

    @Test
    void aTextDocumentShowsItsTextWithTheCitedWordsAndSaysWhy() {
        PageViewerModel viewer = viewer();
        viewer.open(cited("cataract surgery Ruby Hall", "notes.txt"));

        assertThat(viewer.drawnProperty().get()).isNull();
        assertThat(viewer.spanProperty().get()).isNotNull();
        assertThat(viewer.noteProperty().get()).isEqualTo(PageViewerModel.NOTE_TEXT_DOCUMENT);
    }

    @Test
    void aPdfWhoseOriginalWasNotKeptShowsItsTextAndSaysWhy() {
        PageViewerModel viewer = viewer();
        viewer.open(cited("ambulance cover", "old-schedule.pdf"));

        assertThat(viewer.drawnProperty().get()).isNull();
        assertThat(viewer.textProperty().get()).contains("ambulance cover");
        assertThat(viewer.noteProperty().get()).isEqualTo(PageViewerModel.NOTE_NOT_KEPT);
    }

    @Test
    void aPageNumberOutsideTheDocumentIsRefusedAndThePageStays() {
        PageViewerModel viewer = viewer();
        Citation cited = cited("cataract waiting period", "policy.pdf");
        viewer.open(cited);

        viewer.goTo(9);

        assertThat(viewer.problemProperty().get()).isEqualTo("There is no page 9: this document has pages 1 to 3.");
        assertThat(viewer.pageProperty().get()).isEqualTo(cited.page());
    }

    @Test
    void theNextPageIsDrawnAheadWhenAPageIsShownAndNothingPastTheLast() {
        PageViewerModel viewer = viewer();
        viewer.open(cited("cataract waiting period", "policy.pdf"));

        viewer.goTo(1);
        assertThat(viewer.isDrawn(2, 1.0)).isTrue();
        viewer.goTo(3);
        assertThat(viewer.isDrawn(3, 1.0)).isTrue();
        assertThat(viewer.problemProperty().get()).isEmpty();
    }

    @Test
    void turningToThePageBeingDrawnAheadWaitsForItInsteadOfDrawingItAgain() {
        QueuedTaskRunner tasks = new QueuedTaskRunner();
        PageViewerModel viewer = new PageViewerModel(tasks, policy.engine());
        viewer.open(cited("cataract waiting period", "policy.pdf"));
        tasks.runAll();
        viewer.goTo(1);
        tasks.runAll();

        viewer.zoomIn();
        assertThat(tasks.runNext()).isTrue();
        assertThat(viewer.drawnProperty().get().page()).isEqualTo(1);
        assertThat(tasks.waiting()).as("page 2 is being drawn ahead").isEqualTo(1);

        viewer.next();
        assertThat(viewer.drawingProperty().get()).isTrue();
        assertThat(tasks.waiting()).as("no second draw of page 2").isEqualTo(1);
        assertThat(tasks.runNext()).isTrue();

        assertThat(viewer.drawingProperty().get()).isFalse();
        assertThat(viewer.drawnProperty().get().page()).isEqualTo(2);
        assertThat(viewer.drawnProperty().get().scale()).isEqualTo(1.25);
        assertThat(tasks.waiting()).as("page 3 is being drawn ahead").isEqualTo(1);
    }
}
