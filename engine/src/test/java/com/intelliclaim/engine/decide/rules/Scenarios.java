package com.intelliclaim.engine.decide.rules;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.intelliclaim.engine.api.ClaimFacts;
import com.intelliclaim.engine.api.Gender;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Claim scenarios in the format of {@code scenarios-dev.json}: the question, its facts, the expected decision, the
 * decisions an analyst would accept, the amount and the deciding clauses.
 */
final class Scenarios {
    private Scenarios() {
    }

    record Scenario(String id, String document, String query, ClaimFacts facts, String decision, List<String> accept,
                    BigDecimal amount, List<String> clauses, List<Integer> pages) {
        @Override
        public String toString() {
            return id;
        }
    }

    static List<Scenario> parse(String json) {
        try {
            List<Scenario> out = new ArrayList<>();
            for (JsonNode n : new ObjectMapper().readTree(json)) {
                List<String> accept = new ArrayList<>();
                n.path("accept").forEach(a -> accept.add(a.asText()));
                if (accept.isEmpty()) {
                    accept.add(n.path("decision").asText());
                }
                List<String> clauses = new ArrayList<>();
                n.path("clauses").forEach(c -> clauses.add(c.asText()));
                List<Integer> pages = new ArrayList<>();
                n.path("pages").forEach(p -> pages.add(p.asInt()));
                out.add(new Scenario(n.path("id").asText(), n.path("document").asText(), n.path("query").asText(),
                        facts(n.path("facts")), n.path("decision").asText(), accept,
                        n.path("amount_cap").isNumber() ? n.path("amount_cap").decimalValue() : null, clauses, pages));
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static ClaimFacts facts(JsonNode f) {
        return new ClaimFacts(integer(f, "age"), gender(f.path("gender").asText(null)), text(f, "procedure"),
                text(f, "location"), integer(f, "policyAgeMonths"), decimal(f, "sumInsured"), decimal(f, "amountClaimed"),
                f.has("amountClaimed") || f.has("sumInsured") ? "INR" : null, integer(f, "hospitalDays"),
                f.has("networkHospital") ? f.get("networkHospital").asBoolean() : null, integer(f, "priorCoverMonths"),
                f.has("preExisting") ? f.get("preExisting").asBoolean() : null, date(f, "admissionDate"),
                date(f, "policyStartDate"));
    }

    private static Gender gender(String g) {
        return g == null ? null : Gender.valueOf(g.toUpperCase(java.util.Locale.ROOT));
    }

    private static Integer integer(JsonNode f, String name) {
        return f.hasNonNull(name) ? f.get(name).asInt() : null;
    }

    private static String text(JsonNode f, String name) {
        return f.hasNonNull(name) ? f.get(name).asText() : null;
    }

    private static BigDecimal decimal(JsonNode f, String name) {
        return f.hasNonNull(name) ? f.get(name).decimalValue() : null;
    }

    private static LocalDate date(JsonNode f, String name) {
        return f.hasNonNull(name) ? LocalDate.parse(f.get(name).asText()) : null;
    }
}
