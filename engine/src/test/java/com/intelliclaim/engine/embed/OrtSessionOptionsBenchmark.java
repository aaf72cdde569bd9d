package com.intelliclaim.engine.embed;

import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtSession;
import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Throwaway measurement, not a test: texts/s of one ONNX session per option set (memory pattern, CPU arena,
 * optimisation level), one thread each as the embedder runs them, alternating the order of the variants over four
 * rounds, and whether the vectors stay identical. Run with the test class path. On the loaded 2-core machine
 * (2026-11-29) round-to-round noise (up to 3x) hid any difference; the vectors were identical for every option.
 */
public final class OrtSessionOptionsBenchmark {
    private OrtSessionOptionsBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        BundledModel m = BundledModel.MINILM_L6_V2_Q;
        byte[] onnx = ModelResources.read(m.jarAnchor(), m.onnxResource(), "x");
        byte[] tok = TokenizerConfig.withMaxLength(new String(ModelResources.read(m.jarAnchor(), m.tokenizerResource(), "x"), StandardCharsets.UTF_8), 256, "x").getBytes(StandardCharsets.UTF_8);
        OrtEnvironment env = OrtEnvironment.getEnvironment();
        Random r = new Random(3);
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < 120; i++) texts.add(String.join(" ", EmbedderBenchmark.texts(1, 20 + r.nextInt(170), r)));
        String[] names = {"default(ALL_OPT)", "memPattern=off", "arena=off", "memPattern+arena off", "EXTENDED_OPT"};
        OnnxTextEncoder[] enc = new OnnxTextEncoder[names.length];
        for (int v = 0; v < names.length; v++) {
            OrtSession.SessionOptions o = new OrtSession.SessionOptions();
            o.setIntraOpNumThreads(1); o.setInterOpNumThreads(1);
            o.setOptimizationLevel(v == 4 ? OrtSession.SessionOptions.OptLevel.EXTENDED_OPT : OrtSession.SessionOptions.OptLevel.ALL_OPT);
            if (v == 1 || v == 3) o.setMemoryPatternOptimization(false);
            if (v == 2 || v == 3) o.setCPUArenaAllocator(false);
            enc[v] = new OnnxTextEncoder(env, env.createSession(onnx, o), HuggingFaceTokenizer.newInstance(new ByteArrayInputStream(tok), Map.of("padding", "false")));
            for (int i = 0; i < 20; i++) enc[v].encode(texts.get(i));
        }
        double[][] t = new double[names.length][4];
        for (int round = 0; round < 4; round++) {
            for (int vv = 0; vv < names.length; vv++) {
                int v = round % 2 == 0 ? vv : names.length - 1 - vv;
                long s = System.nanoTime();
                for (String text : texts) enc[v].encode(text);
                t[v][round] = (System.nanoTime() - s) / 1e6;
            }
        }
        float[] a = enc[0].encode(texts.get(5)), b = enc[3].encode(texts.get(5)), c = enc[4].encode(texts.get(5));
        for (int v = 0; v < names.length; v++) {
            double[] x = t[v].clone(); Arrays.sort(x);
            System.out.printf("%-22s rounds %s  median %.0f ms  ratio to default %.3f%n", names[v], Arrays.toString(t[v]).replaceAll("(\\.\\d)\\d*", "$1"), (x[1]+x[2])/2, ((x[1]+x[2])/2) / ((sorted(t[0])[1]+sorted(t[0])[2])/2));
        }
        System.out.println("same vector memPattern/arena off: " + Arrays.equals(a, b) + ", EXTENDED: " + Arrays.equals(a, c));
    }
    static double[] sorted(double[] x) { double[] y = x.clone(); Arrays.sort(y); return y; }
}
