package com.intelliclaim.engine.embed;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The PyTorch embedder over the TorchScript all-MiniLM-L6-v2 made from the bundled float ONNX model. */
class PyTorchEmbedderTest extends EmbedderContractTest {
    private static final String[] SENTENCES = {
        "The Company shall indemnify the hospital or the insured person for medical expenses incurred.",
        "Cataract surgery is covered after a waiting period of 24 months from the first policy inception.",
        "Pre-existing diseases are excluded until 48 months of continuous coverage have elapsed.",
        "Road ambulance charges are payable up to Rs. 2,000 per hospitalisation.",
        "Room rent is limited to 1% of the sum insured per day; ICU charges to 2% per day.",
        "A co-payment of 20% applies to every claim if the insured person is aged 61 years or above.",
        "Expenses for organ donor screening are not payable.",
        "The grace period for payment of the premium is thirty days.",
        "Maternity expenses are covered after nine months, limited to two deliveries during the lifetime of the policy.",
        "Hospital means an institution established for in-patient care with at least 10 in-patient beds.",
        "Any treatment taken outside India is excluded.",
        "The no-claim bonus is 5% of the base sum insured for each claim-free year, up to 50%.",
        "AYUSH treatment is covered up to the sum insured in a government hospital.",
        "Claims must be notified within 48 hours of an emergency admission.",
        "ठीक है, the claim of ₹1,50,000 was filed on 12/03/2024 for a knee replacement.",
        "Excl01: investigation and evaluation are not covered unless followed by admission.",
        "Domiciliary hospitalisation means treatment at home on the advice of a medical practitioner.",
        "Cosmetic or plastic surgery is excluded unless needed after an accident, burns or cancer.",
        "Health check-up expenses are reimbursed every three claim-free years, up to Rs. 5,000.",
        "ICU",
    };

    @Override
    protected Embedder createEmbedder() {
        return TorchScriptModel.at(TorchScriptModels.miniLmFolder()).load();
    }

    /** 100 texts from 4 to about 400 tokens (past the 96-token cut), in a fixed order. */
    static List<String> hundredTexts() {
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            StringBuilder text = new StringBuilder();
            int sentences = 1 + (i * 7) % 17;
            for (int s = 0; s < sentences; s++) {
                text.append(s == 0 ? "" : " ").append(SENTENCES[(i * 3 + s * 5) % SENTENCES.length]);
            }
            texts.add(text.toString());
        }
        return texts;
    }

    @Test
    void agreesWithTheBundledFloatModelOnAHundredTexts() {
        List<String> texts = hundredTexts();
        List<float[]> ours;
        try (Embedder pytorch = createEmbedder()) {
            ours = pytorch.embedPassages(texts);
        }
        double[] full = cosines(ours, BundledModel.MINILM_L6_V2, texts);
        double[] quantised = cosines(ours, BundledModel.MINILM_L6_V2_Q, texts);
        // A figure for the CI log (the README quotes it), not only a pass.
        System.out.printf("PyTorch embedder over %d texts: cosine to the float ONNX model min %.6f, to the int8"
                + " default min %.4f mean %.4f%n", texts.size(), min(full), min(quantised),
                java.util.Arrays.stream(quantised).average().orElse(0));
        for (int i = 0; i < texts.size(); i++) {
            assertThat(full[i]).as("text %d", i).isGreaterThanOrEqualTo(0.999);
            assertThat(quantised[i]).as("text %d against the int8 model", i).isGreaterThan(0.95);
        }
    }

    @Test
    void reportsTheFoldersIdDimensionAndTokenLimit() {
        assertThat(TorchScriptModel.at(TorchScriptModels.miniLmFolder()).info())
                .isEqualTo(new EmbeddingModelInfo("pytorch:all-minilm-l6-v2-torchscript", 384, 96));
    }

    @Test
    void countsTokensWithTheFoldersTokenizer() {
        ModelTokenCounter ours = TorchScriptModel.at(TorchScriptModels.miniLmFolder()).tokenCounter();
        ModelTokenCounter bundled = BundledModel.MINILM_L6_V2.tokenCounter();
        for (String text : hundredTexts().subList(0, 10)) {
            assertThat(ours.count(text)).isEqualTo(bundled.count(text));
        }
    }

    private static double[] cosines(List<float[]> ours, BundledModel reference, List<String> texts) {
        List<float[]> theirs;
        try (Embedder onnx = reference.load()) {
            theirs = onnx.embedPassages(texts);
        }
        double[] result = new double[texts.size()];
        for (int i = 0; i < texts.size(); i++) {
            result[i] = dot(ours.get(i), theirs.get(i));
        }
        return result;
    }

    private static double min(double[] values) {
        return java.util.Arrays.stream(values).min().orElse(Double.NaN);
    }
}
