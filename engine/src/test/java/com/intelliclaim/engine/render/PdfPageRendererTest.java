package com.intelliclaim.engine.render;

import com.intelliclaim.engine.api.InvalidQueryException;
import com.intelliclaim.engine.api.PageRequest;
import com.intelliclaim.engine.api.RenderedPage;
import com.intelliclaim.engine.api.TextBox;
import com.intelliclaim.engine.testing.TestPdfs;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static com.intelliclaim.engine.testing.TestPdfs.FONT_SIZE;
import static com.intelliclaim.engine.testing.TestPdfs.LEADING;
import static com.intelliclaim.engine.testing.TestPdfs.MARGIN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

/** Real PDFs drawn by PDFBox; boxes checked against where the test wrote the text and against the drawn pixels. */
class PdfPageRendererTest {
    private static final String SHA = "0".repeat(64);
    private static final float A4_WIDTH = 595.28f;

    @TempDir
    static Path tmp;

    private static Path twoPages() throws Exception {
        Path pdf = tmp.resolve("two-pages.pdf");
        if (!Files.exists(pdf)) {
            Files.write(pdf, TestPdfs.builder()
                    .page("1. Definitions", "Hospital means an institution with at least ten beds.")
                    .page("4. Waiting periods",
                            "4.1 Pre-existing diseases are covered after 36 months.",
                            "4.2 Cataract surgery is covered after a waiting period of",
                            "two years from the first policy inception.",
                            "4.3 Hernia and hydrocele are covered after 24 months.")
                    .build());
        }
        return pdf;
    }

    private static float baseline(int line) {
        return MARGIN + line * LEADING;
    }

    @Test
    void aSpanOnPageTwoIsBoxedLineByLineWhereItWasDrawn() throws Exception {
        RenderedPage page = new PdfPageRenderer().render(twoPages(), new PageRequest(SHA, 2, 1.5,
                "4.2 Cataract surgery is covered after a waiting period of two years from the first policy inception."));

        assertThat(page.page()).isEqualTo(2);
        assertThat(page.pageCount()).isEqualTo(2);
        assertThat(page.scale()).isEqualTo(1.5);
        assertThat(page.image().getWidth()).isCloseTo(Math.round(A4_WIDTH * 1.5f), within(1));
        assertThat(page.citedFound()).isTrue();
        assertThat(page.cited()).hasSize(2);
        for (int i = 0; i < 2; i++) {
            TextBox box = page.cited().get(i);
            float baseline = baseline(i + 2);
            assertThat(box.x()).isCloseTo(MARGIN, within(1f));
            assertThat(box.y()).isBetween(baseline - FONT_SIZE, baseline - FONT_SIZE / 2);
            assertThat(box.y() + box.height()).isBetween(baseline, baseline + FONT_SIZE / 2);
            assertThat(darkPixels(page.image(), box.scaled(page.scale()))).as("ink inside box %d", i).isGreaterThan(50);
        }
        assertThat(page.cited().get(0).width()).isGreaterThan(page.cited().get(1).width());
    }

    @Test
    void thePageIsDrawnAtTheAskedScaleUnlessThePixelBudgetIsExceeded() throws Exception {
        RenderedPage capped = new PdfPageRenderer(1_000_000).render(twoPages(), new PageRequest(SHA, 1, 4.0, null));

        assertThat(capped.scale()).isLessThan(4.0);
        assertThat((long) capped.image().getWidth() * capped.image().getHeight()).isLessThanOrEqualTo(1_000_000);
        assertThat(capped.widthPoints()).isCloseTo(A4_WIDTH, within(0.5f));
        assertThat(capped.cited()).isEmpty();
        assertThat(capped.citedFound()).isFalse();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("spansNotOnPageTwo")
    void wordsThatAreNotOnThePageGiveNoBoxes(String label, String cited) throws Exception {
        RenderedPage page = new PdfPageRenderer().render(twoPages(), new PageRequest(SHA, 2, 1.0, cited));

        assertThat(page.citedFound()).isFalse();
        assertThat(page.cited()).isEmpty();
    }

    static Stream<Arguments> spansNotOnPageTwo() {
        return Stream.of(
                Arguments.of("a clause of page one", "Hospital means an institution with at least ten beds."),
                Arguments.of("unrelated words", "Ambulance charges are paid up to Rs 2,000 per hospitalisation."),
                Arguments.of("only punctuation", " -- | ."));
    }

    @Test
    void aPageThatDoesNotExistIsNamedWithTheDocumentsLength() throws Exception {
        assertThatThrownBy(() -> new PdfPageRenderer().render(twoPages(), new PageRequest(SHA, 3, 1.0, null)))
                .isInstanceOf(InvalidQueryException.class)
                .hasMessage("Page 3 is not in this document: it has 2 pages.");
    }

    @Test
    void aFileThatIsNotAPdfIsReportedAsUnreadable() throws Exception {
        Path text = Files.writeString(tmp.resolve("not-a.pdf"), "plain words");
        assertThatThrownBy(() -> new PdfPageRenderer().render(text, new PageRequest(SHA, 1, 1.0, null)))
                .hasMessageContaining("could not be read as a PDF");
    }

    @Test
    void theScaleIsLoweredJustEnoughToFitTheBudget() {
        assertThat(PdfPageRenderer.scaleWithin(600, 800, 2.0, 10_000_000)).isEqualTo(2.0);
        double fitted = PdfPageRenderer.scaleWithin(600, 800, 10.0, 10_000_000);
        assertThat(600 * fitted * 800 * fitted).isCloseTo(10_000_000, within(1.0));
    }

    private static int darkPixels(BufferedImage image, TextBox box) {
        int dark = 0;
        for (int y = (int) box.y(); y < Math.min(image.getHeight(), box.y() + box.height()); y++) {
            for (int x = (int) box.x(); x < Math.min(image.getWidth(), box.x() + box.width()); x++) {
                int rgb = image.getRGB(x, y);
                int grey = ((rgb >> 16 & 0xff) + (rgb >> 8 & 0xff) + (rgb & 0xff)) / 3;
                if (grey < 128) {
                    dark++;
                }
            }
        }
        return dark;
    }

}
