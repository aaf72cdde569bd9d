package com.intelliclaim.engine.embed;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Throwaway measurement, not a test: load time, texts/s for 500 texts of about 150 words per bundled model, and the
 * cosine agreement of the quantised with the full model. Run with the test class path and
 * {@code --add-modules jdk.incubator.vector}.
 */
public final class EmbedderBenchmark {
    private static final String[] WORDS = ("policy insured person hospitalisation expenses cataract surgery waiting "
            + "period months ambulance charges room rent sum insured claim pre-existing disease exclusion cover "
            + "treatment day care procedure co-payment deductible renewal premium network hospital cashless "
            + "reimbursement domiciliary maternity newborn organ donor ayush benefit limit per year of the and "
            + "for within after any shall be is are not payable covered excluded 30 days 24 2,000 Rs. 4.2").split(" ");

    private EmbedderBenchmark() {
    }

    public static void main(String[] args) {
        List<String> texts = texts(500, 150, new Random(1));
        List<float[]> quantised = run(BundledModel.MINILM_L6_V2_Q, texts);
        List<float[]> full = run(BundledModel.MINILM_L6_V2, texts);
        double sum = 0;
        double min = 1;
        for (int i = 0; i < texts.size(); i++) {
            double cosine = EmbedderContractTest.dot(quantised.get(i), full.get(i));
            sum += cosine;
            min = Math.min(min, cosine);
        }
        System.out.printf("cosine q vs full over %d texts: mean %.4f, min %.4f%n", texts.size(), sum / texts.size(),
                min);
    }

    private static List<float[]> run(BundledModel model, List<String> texts) {
        long start = System.nanoTime();
        try (OnnxEmbedder embedder = OnnxEmbedder.load(model)) {
            double loadMs = (System.nanoTime() - start) / 1e6;
            embedder.embedPassages(texts.subList(0, 32));
            int tokens = model.tokenCounter().count(texts.get(0));
            start = System.nanoTime();
            List<float[]> vectors = embedder.embedPassages(texts);
            double seconds = (System.nanoTime() - start) / 1e9;
            System.out.printf("%s: load %.0f ms, %d texts (first has %d tokens) in %.1f s = %.1f texts/s%n",
                    model.info().id(), loadMs, texts.size(), tokens, seconds, texts.size() / seconds);
            return vectors;
        }
    }

    static List<String> texts(int count, int words, Random random) {
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            StringBuilder text = new StringBuilder();
            for (int w = 0; w < words; w++) {
                text.append(WORDS[random.nextInt(WORDS.length)]).append(w % 15 == 14 ? ". " : " ");
            }
            texts.add(text.toString().trim());
        }
        return texts;
    }
}
