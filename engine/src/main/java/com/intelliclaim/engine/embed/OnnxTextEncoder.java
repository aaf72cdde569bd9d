package com.intelliclaim.engine.embed;

import ai.djl.huggingface.tokenizers.Encoding;
import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;
import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import java.nio.FloatBuffer;
import java.nio.LongBuffer;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * One text through a BERT-style ONNX model: tokenised once (cut at the tokenizer's configured length, [CLS] and [SEP]
 * included), run alone (no padding, so a vector never depends on its neighbours, which matters for the int8 model
 * whose activation scale is measured per run), mean-pooled over its tokens. The same arithmetic as langchain4j's
 * {@code OnnxBertBiEncoder}, without its second and third tokenisation of every text and without copying the token
 * embeddings into Java arrays. Thread-safe: ONNX Runtime sessions and the tokenizer may be shared by threads.
 */
final class OnnxTextEncoder {
    private static final String TOKEN_TYPE_IDS = "token_type_ids";

    private final OrtEnvironment environment;
    private final OrtSession session;
    private final HuggingFaceTokenizer tokenizer;
    private final boolean takesTokenTypes;

    OnnxTextEncoder(OrtEnvironment environment, OrtSession session, HuggingFaceTokenizer tokenizer) {
        this.environment = environment;
        this.session = session;
        this.tokenizer = tokenizer;
        Set<String> inputs = session.getInputNames();
        this.takesTokenTypes = inputs.contains(TOKEN_TYPE_IDS);
    }

    /** The mean of the text's token embeddings (not yet normalised); its length is the model's hidden size. */
    float[] encode(String text) throws OrtException {
        Encoding encoding = tokenizer.encode(text, true, false);
        long[] ids = encoding.getIds();
        long[] shape = {1, ids.length};
        Map<String, OnnxTensor> inputs = new HashMap<>(4);
        try {
            inputs.put("input_ids", OnnxTensor.createTensor(environment, LongBuffer.wrap(ids), shape));
            inputs.put("attention_mask", OnnxTensor.createTensor(environment,
                    LongBuffer.wrap(encoding.getAttentionMask()), shape));
            if (takesTokenTypes) {
                inputs.put(TOKEN_TYPE_IDS, OnnxTensor.createTensor(environment,
                        LongBuffer.wrap(encoding.getTypeIds()), shape));
            }
            try (OrtSession.Result result = session.run(inputs)) {
                OnnxTensor output = (OnnxTensor) result.get(0);
                long[] outputShape = output.getInfo().getShape();
                return meanOverTokens(output.getFloatBuffer(), (int) outputShape[1], (int) outputShape[2]);
            }
        } finally {
            inputs.values().forEach(OnnxTensor::close);
        }
    }

    /** The number of tokens the model reads of the text, [CLS] and [SEP] included (at most the configured cut). */
    int tokens(String text) {
        return tokenizer.encode(text, true, false).getIds().length;
    }

    /** The mean over {@code tokens} rows of a row-major {@code [1, tokens, hidden]} buffer. */
    static float[] meanOverTokens(FloatBuffer values, int tokens, int hidden) {
        double[] sums = new double[hidden];
        for (int t = 0; t < tokens; t++) {
            int row = t * hidden;
            for (int d = 0; d < hidden; d++) {
                sums[d] += values.get(row + d);
            }
        }
        float[] mean = new float[hidden];
        for (int d = 0; d < hidden; d++) {
            mean[d] = (float) (sums[d] / tokens);
        }
        return mean;
    }
}
