package com.intelliclaim.app.eval;

import com.intelliclaim.engine.ingest.SourceFiles;
import dev.langchain4j.data.document.Document;
import dev.langchain4j.data.document.DocumentSplitter;
import dev.langchain4j.data.document.Metadata;
import dev.langchain4j.data.document.splitter.DocumentSplitters;
import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.HuggingFaceTokenCountEstimator;
import dev.langchain4j.model.embedding.onnx.allminilml6v2.AllMiniLmL6V2EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import dev.langchain4j.store.embedding.EmbeddingMatch;
import dev.langchain4j.store.embedding.EmbeddingSearchRequest;
import dev.langchain4j.store.embedding.inmemory.InMemoryEmbeddingStore;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

import static dev.langchain4j.store.embedding.filter.MetadataFilterBuilder.metadataKey;

/**
 * The baseline our pipeline is measured against, made of langchain4j's standard parts: PDFBox's
 * {@code PDFTextStripper} text, one document per page (so hits have pages), {@code DocumentSplitters.recursive} at
 * the model's token budget, the same bundled model, and an {@code InMemoryEmbeddingStore}.
 */
public final class LangchainBaseline implements QuestionSearcher {
    /** The tokens langchain4j's bundled models read of each segment ([CLS] and [SEP] included): their tokenizer's cut. */
    public static final int MODEL_MAX_TOKENS = 128;
    /**
     * Time spent in each stage of the last {@link #ingest}, in milliseconds, and the segment texts it embedded
     * (langchain4j's model reads the first 128 tokens of each).
     */
    public record Timings(long parseMillis, long splitMillis, long embedMillis, long storeMillis, int pages, int segments,
                          List<String> segmentTexts) {
    }

    private final EmbeddingModel model;
    private final DocumentSplitter splitter;
    private final InMemoryEmbeddingStore<TextSegment> store = new InMemoryEmbeddingStore<>();

    public LangchainBaseline(String modelId) {
        boolean quantised = modelId.endsWith("-q");
        this.model = quantised ? new AllMiniLmL6V2QuantizedEmbeddingModel() : new AllMiniLmL6V2EmbeddingModel();
        String tokenizer = quantised ? "/all-minilm-l6-v2-q-tokenizer.json" : "/all-minilm-l6-v2-tokenizer.json";
        this.splitter = DocumentSplitters.recursive(250, 30, new HuggingFaceTokenCountEstimator(tokenizerFile(tokenizer)));
    }

    private static Path tokenizerFile(String resource) {
        try (var in = AllMiniLmL6V2QuantizedEmbeddingModel.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("tokenizer " + resource + " is not on the class path");
            }
            Path file = Files.createTempFile("baseline-tokenizer", ".json");
            file.toFile().deleteOnExit();
            Files.copy(in, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            return file;
        } catch (IOException e) {
            throw new IllegalStateException("cannot unpack the tokenizer", e);
        }
    }

    /** Parses, splits, embeds and stores the PDFs; returns the time of each stage. */
    public Timings ingest(List<Path> pdfs) throws IOException {
        long t0 = System.nanoTime();
        List<Document> pages = new ArrayList<>();
        for (Path pdf : pdfs) {
            byte[] bytes = Files.readAllBytes(pdf);
            String sha = SourceFiles.sha256(bytes);
            try (PDDocument doc = Loader.loadPDF(bytes)) {
                PDFTextStripper stripper = new PDFTextStripper();
                for (int p = 1; p <= doc.getNumberOfPages(); p++) {
                    stripper.setStartPage(p);
                    stripper.setEndPage(p);
                    String text = stripper.getText(doc);
                    if (!text.isBlank()) {
                        pages.add(Document.from(text, Metadata.from("sha", sha).put("page", p)));
                    }
                }
            }
        }
        long t1 = System.nanoTime();
        List<TextSegment> segments = splitter.splitAll(pages);
        long t2 = System.nanoTime();
        List<Embedding> embeddings = model.embedAll(segments).content();
        long t3 = System.nanoTime();
        store.addAll(embeddings, segments);
        long t4 = System.nanoTime();
        return new Timings(ms(t1 - t0), ms(t2 - t1), ms(t3 - t2), ms(t4 - t3), pages.size(), segments.size(),
                segments.stream().map(TextSegment::text).toList());
    }

    @Override
    public List<PageHit> search(String question, String documentSha256, int k) {
        EmbeddingSearchRequest.EmbeddingSearchRequestBuilder request = EmbeddingSearchRequest.builder()
                .queryEmbedding(model.embed(question).content()).maxResults(k);
        if (documentSha256 != null) {
            request.filter(metadataKey("sha").isEqualTo(documentSha256));
        }
        List<PageHit> hits = new ArrayList<>();
        for (EmbeddingMatch<TextSegment> match : store.search(request.build()).matches()) {
            Metadata meta = match.embedded().metadata();
            int page = meta.getInteger("page");
            hits.add(new PageHit(meta.getString("sha"), page, page));
        }
        return hits;
    }

    private static long ms(long nanos) {
        return nanos / 1_000_000;
    }
}
