package com.intelliclaim.engine.embed;

import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import com.intelliclaim.engine.api.ModelLoadException;
import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/** Builds the ONNX session and tokenizer of a bundled model; every failure becomes a {@link ModelLoadException}. */
final class OnnxModelLoader {
    /** The session, the tokenizer and the encoder that uses both; session and tokenizer must be closed. */
    record Loaded(OrtSession session, HuggingFaceTokenizer tokenizer, OnnxTextEncoder encoder) {
    }

    private OnnxModelLoader() {
    }

    static Loaded load(String modelId, Class<?> jarAnchor, String onnxResource, String tokenizerResource,
            int maxTokens) {
        byte[] onnx = ModelResources.read(jarAnchor, onnxResource, modelId);
        String tokenizer = new String(ModelResources.read(jarAnchor, tokenizerResource, modelId),
                StandardCharsets.UTF_8);
        byte[] adjustedTokenizer = TokenizerConfig.withMaxLength(tokenizer, maxTokens, modelId)
                .getBytes(StandardCharsets.UTF_8);
        OrtSession session = null;
        try {
            OrtEnvironment environment = OrtEnvironment.getEnvironment();
            session = createSession(environment, onnx);
            HuggingFaceTokenizer wordPieces = HuggingFaceTokenizer.newInstance(
                    new ByteArrayInputStream(adjustedTokenizer), Map.of("padding", "false"));
            return new Loaded(session, wordPieces, new OnnxTextEncoder(environment, session, wordPieces));
        } catch (OrtException | IOException | RuntimeException | LinkageError e) {
            closeQuietly(session);
            throw new ModelLoadException("The embedding model " + modelId
                    + " cannot be loaded: the ONNX runtime rejected its files (" + e + ").", e);
        }
    }

    private static OrtSession createSession(OrtEnvironment environment, byte[] onnx) throws OrtException {
        try (OrtSession.SessionOptions options = new OrtSession.SessionOptions()) {
            // One thread per run: the embedder runs one text per core, which beats one text on all cores.
            options.setIntraOpNumThreads(1);
            options.setInterOpNumThreads(1);
            options.setOptimizationLevel(OrtSession.SessionOptions.OptLevel.ALL_OPT);
            return environment.createSession(onnx, options);
        }
    }

    private static void closeQuietly(OrtSession session) {
        if (session == null) {
            return;
        }
        try {
            session.close();
        } catch (OrtException ignored) {
            // Already failing with the load error, which is the one worth reporting.
        }
    }
}
