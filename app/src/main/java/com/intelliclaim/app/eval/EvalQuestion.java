package com.intelliclaim.app.eval;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.intelliclaim.engine.api.EngineException;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * One retrieval question of a question set (the format of {@code dev-questions.json}): the document it is about
 * (a path relative to the set's file), the question, and the pages that hold the answer.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record EvalQuestion(String id, String set, String document, String question, List<Integer> pages) {
    public EvalQuestion {
        set = set == null ? "default" : set;
        pages = pages == null ? List.of() : List.copyOf(pages);
    }

    /** Reads a question set; a missing or malformed file is an error naming it. */
    public static List<EvalQuestion> read(Path file) {
        try {
            return Arrays.asList(new ObjectMapper().readValue(file.toFile(), EvalQuestion[].class));
        } catch (IOException e) {
            throw new EngineException("The question set " + file + " cannot be read: it must be a JSON array of"
                    + " {id, set, document, question, pages}.", e);
        }
    }

    /** The question's document resolved against the folder of the question set. */
    public Path documentPath(Path questionsFile) {
        Path base = questionsFile.toAbsolutePath().getParent();
        return base.resolve(document).normalize();
    }

    /** Whether a hit on pages {@code from}..{@code to} covers one of the expected pages. */
    public boolean expects(int from, int to) {
        return pages.stream().anyMatch(p -> p >= from && p <= to);
    }
}
