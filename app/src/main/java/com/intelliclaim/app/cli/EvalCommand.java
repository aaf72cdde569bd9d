package com.intelliclaim.app.cli;

import com.intelliclaim.app.eval.EvalQuestion;
import com.intelliclaim.app.eval.LangchainBaseline;
import com.intelliclaim.app.eval.PageHit;
import com.intelliclaim.app.eval.RetrievalScores;
import com.intelliclaim.engine.api.FileOutcome;
import com.intelliclaim.engine.api.IngestListener;
import com.intelliclaim.engine.api.IntelliClaimEngine;
import com.intelliclaim.engine.api.SearchRequest;
import com.intelliclaim.engine.ingest.SourceFiles;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code eval QUESTIONS.json}: retrieval scores (hit@1, hit@k, MRR) per question set, scoped and unscoped. */
@Command(name = "eval", mixinStandardHelpOptions = true,
        description = "Score retrieval on a question set: is a passage from an expected page among the top k?"
                + " Documents not yet indexed are ingested first.")
public final class EvalCommand implements Callable<Integer> {
    @Mixin
    EngineOptions engine;

    @Option(names = "-k", defaultValue = "5", description = "Passages considered per question (default: ${DEFAULT-VALUE}).")
    int k;

    @Option(names = "--baseline", description = "Also score the langchain4j baseline pipeline (in memory).")
    boolean baseline;

    @Option(names = "--misses", description = "List the questions with no correct passage in the top k.")
    boolean misses;

    @Parameters(paramLabel = "QUESTIONS.json", description = "A question set in the format of dev-questions.json.")
    Path questionsFile;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        List<EvalQuestion> questions = EvalQuestion.read(questionsFile);
        Set<Path> documents = new LinkedHashSet<>();
        Map<EvalQuestion, String> shaOf = new HashMap<>();
        Map<Path, String> shaByPath = new HashMap<>();
        for (EvalQuestion q : questions) {
            Path doc = q.documentPath(questionsFile);
            documents.add(doc);
            String sha = shaByPath.computeIfAbsent(doc, EvalCommand::sha256);
            shaOf.put(q, sha);
        }
        try (IntelliClaimEngine e = engine.openLoadingModel()) {
            var report = e.ingest(List.copyOf(documents), IngestListener.NONE);
            report.outcomes().stream().filter(FileOutcome::failed)
                    .forEach(o -> out.println("could not ingest " + o.file() + ": " + o.message()));
            out.println("IntelliClaim pipeline (" + e.model().id() + "), searching all " + e.documents().size()
                    + " documents in the data folder:");
            RetrievalScores.evaluate(questions, shaOf, (question, sha, n) -> e.search(new SearchRequest(question, n, sha))
                    .stream().map(h -> new PageHit(h.documentSha256(), h.page(), h.pageEnd())).toList(), k)
                    .print(out, misses);
        }
        if (baseline) {
            LangchainBaseline base = new LangchainBaseline(engine.config().embeddingModel());
            List<Path> pdfs = documents.stream().filter(p -> p.toString().toLowerCase().endsWith(".pdf")).toList();
            base.ingest(pdfs);
            out.println("langchain4j baseline (PDFTextStripper pages, DocumentSplitters.recursive, InMemoryEmbeddingStore),"
                    + " searching the question set's " + pdfs.size() + " PDFs (unscoped scores compare only when the data"
                    + " folder holds just those):");
            RetrievalScores.evaluate(questions, shaOf, base, k).print(out, misses);
        }
        return 0;
    }

    private static String sha256(Path file) {
        try {
            return SourceFiles.sha256(Files.readAllBytes(file));
        } catch (IOException e) {
            throw new com.intelliclaim.engine.api.EngineException("The question set names " + file
                    + ", which cannot be read.", e);
        }
    }
}
