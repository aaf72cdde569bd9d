package com.intelliclaim.engine.ingest.ocr;

import com.intelliclaim.engine.testing.TestScans;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Throwaway measurement, not a test: OCR speed (pages/s, one page at a time and two at a time) and word accuracy on
 * a rendered A4 page of known policy text (36 lines, 12 pt at 300 DPI). Run with the test class path.
 */
public final class OcrBenchmark {
    private static final String TEXT = "4.2 Cataract surgery is payable after a waiting period of 24 months from the"
            + " first policy start date. Room rent, boarding and nursing expenses are limited to 1% of the sum"
            + " insured per day and intensive care unit charges to 2% of the sum insured per day. Pre-existing"
            + " diseases are excluded until 36 months of continuous coverage have elapsed. Ambulance charges up to"
            + " Rs. 2,000 per hospitalisation are covered when the insured is taken to a network hospital. The"
            + " company shall not be liable for any claim arising out of cosmetic or aesthetic treatment, dental"
            + " treatment unless requiring hospitalisation, or expenses for spectacles and contact lenses.";

    private OcrBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int pages = args.length > 0 ? Integer.parseInt(args[0]) : 6;
        List<String> lines = wrap((TEXT + " " + TEXT + " " + TEXT).split(" "), 70);
        BufferedImage page = TestScans.page(lines);
        TesseractCli cli = TesseractCli.english(OcrOptions.DEFAULTS);
        OcrText warm = cli.read(page);
        List<String> reference = words(String.join(" ", lines));
        System.out.printf(Locale.ROOT, "page: %d lines, %d words; OCR found %d words, confidence %.1f, word accuracy"
                + " %.2f%%%n", lines.size(), reference.size(), warm.words(), warm.confidence(),
                100.0 * common(reference, words(warm.text())) / reference.size());
        for (int threads : new int[] {1, 2}) {
            ExecutorService pool = Executors.newFixedThreadPool(threads);
            long start = System.nanoTime();
            List<Future<OcrText>> done = new ArrayList<>();
            for (int i = 0; i < pages; i++) {
                done.add(pool.submit(() -> cli.read(page)));
            }
            for (Future<OcrText> f : done) {
                f.get();
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            pool.shutdown();
            System.out.printf(Locale.ROOT, "%d page(s) at a time: %d pages in %.1f s = %.2f pages/s%n", threads,
                    pages, seconds, pages / seconds);
        }
    }

    private static List<String> wrap(String[] words, int width) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : words) {
            if (line.length() + word.length() + 1 > width) {
                lines.add(line.toString());
                line.setLength(0);
            }
            line.append(line.isEmpty() ? "" : " ").append(word);
        }
        lines.add(line.toString());
        return lines;
    }

    private static List<String> words(String text) {
        return Arrays.stream(text.split("\\s+")).filter(w -> !w.isBlank()).toList();
    }

    /** Longest common subsequence of the two word lists: words read right, in order. */
    static int common(List<String> a, List<String> b) {
        int[][] lcs = new int[a.size() + 1][b.size() + 1];
        for (int i = 1; i <= a.size(); i++) {
            for (int j = 1; j <= b.size(); j++) {
                lcs[i][j] = a.get(i - 1).equals(b.get(j - 1)) ? lcs[i - 1][j - 1] + 1
                        : Math.max(lcs[i - 1][j], lcs[i][j - 1]);
            }
        }
        return lcs[a.size()][b.size()];
    }
}
