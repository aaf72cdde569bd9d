package com.intelliclaim.engine.embed;

import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import com.intelliclaim.engine.api.ModelLoadException;
import dev.langchain4j.model.embedding.onnx.OnnxBertBiEncoder;
import dev.langchain4j.model.embedding.onnx.PoolingMode;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

/** Builds the ONNX session and tokenizer of a bundled model; every failure becomes a {@link ModelLoadException}. */
final class OnnxModelLoader {
    /** The session and the encoder that uses it; the session is the part that must be closed. */
    record Loaded(OrtSession session, OnnxBertBiEncoder encoder) {
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
            OnnxBertBiEncoder encoder = new OnnxBertBiEncoder(environment, session,
                    new ByteArrayInputStream(adjustedTokenizer), PoolingMode.MEAN);
            return new Loaded(session, encoder);
        } catch (OrtException | RuntimeException | LinkageError e) {
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
