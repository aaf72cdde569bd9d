package com.intelliclaim.app.eval;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.intelliclaim.engine.api.EngineException;
import com.intelliclaim.engine.api.Outcome;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * One adjudication scenario (the format of {@code scenarios-dev.json}): a claim question about a document, the facts
 * it states, the expected decision (or the decisions an analyst would accept), the cap, and the deciding clauses.
 *
 * @param id        a name for the report
 * @param document  the policy, a path relative to the scenario file (or to a base folder)
 * @param query     the claim question
 * @param facts     the facts the question states, by {@code ClaimFacts} field name
 * @param decision  the expected decision
 * @param amountCap the expected payable amount or cap, null when none is scored
 * @param currency  the currency of {@code amountCap}
 * @param accept    the decisions that count as right, when more than one would; empty means {@code decision} only
 * @param clauses   the deciding clauses, one of which should be cited
 * @param note      why the scenario is decided so
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Scenario(String id, String document, String query, ObjectNode facts, Outcome decision,
                       @JsonProperty("amount_cap") BigDecimal amountCap, String currency, List<Outcome> accept,
                       List<String> clauses, String note) {
    public Scenario {
        facts = facts == null ? JsonNodeFactory.instance.objectNode() : facts;
        accept = accept == null ? List.of() : List.copyOf(accept);
        clauses = clauses == null ? List.of() : List.copyOf(clauses);
    }

    /** Reads a scenarios file; a missing, malformed or incomplete file is an error naming it. */
    public static List<Scenario> read(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new EngineException("The scenarios file " + file + " does not exist or is not a file.");
        }
        List<Scenario> scenarios;
        try {
            scenarios = Arrays.asList(new ObjectMapper().readValue(file.toFile(), Scenario[].class));
        } catch (IOException e) {
            throw new EngineException("The scenarios file " + file + " cannot be read: it must be a JSON array of"
                    + " {id, document, query, facts, decision, accept, clauses}.", e);
        }
        for (int i = 0; i < scenarios.size(); i++) {
            Scenario s = scenarios.get(i);
            if (s == null || blank(s.id()) || blank(s.document()) || blank(s.query()) || s.decision() == null) {
                throw new EngineException("The scenarios file " + file + " has an incomplete scenario (number "
                        + (i + 1) + "): each needs an id, a document, a query and a decision.");
            }
        }
        return scenarios;
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    /** Whether {@code outcome} counts as right: one of {@code accept} when given, else {@code decision}. */
    public boolean accepts(Outcome outcome) {
        return accept.isEmpty() ? decision == outcome : accept.contains(outcome);
    }

    /** The decisions that count as right, for the report: "REJECTED|NEEDS_REVIEW". */
    public String expected() {
        return accept.isEmpty() ? decision.name() : String.join("|", accept.stream().map(Enum::name).toList());
    }

    /** The document resolved against {@code base}, or against the scenario file's folder when base is null. */
    public Path documentPath(Path scenariosFile, Path base) {
        Path folder = base != null ? base.toAbsolutePath() : scenariosFile.toAbsolutePath().getParent();
        return folder.resolve(document).normalize();
    }

    /** The expected value of one fact, or null when the scenario does not state it. */
    public JsonNode fact(String field) {
        return facts.get(field);
    }
}
