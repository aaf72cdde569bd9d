package com.intelliclaim.engine.decide.llm;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.intelliclaim.engine.api.Outcome;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads and checks a model's answer against the decision schema and the evidence: the decision one of the three,
 * the amount a number of at least 0 or null (none when rejected), a currency code with an amount, a non-empty
 * justification, a confidence within 0..1, every citation one of the passage ids (at least one for an approval or a
 * rejection, and not only passages that read like instructions), conditions a list of strings. Each problem is
 * written as a sentence the model can act on. Stateless.
 */
final class DraftReader {
    static final int MAX_ANSWER_CHARS = 20_000;
    private static final Pattern CURRENCY = Pattern.compile("[A-Z]{3}");
    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .enable(com.fasterxml.jackson.databind.DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

    /** What was read: a draft when {@code problems} is empty. */
    record Result(DraftDecision draft, List<String> problems) {
        boolean valid() {
            return problems.isEmpty();
        }
    }

    Result read(String answer, Evidence evidence) {
        if (answer == null || answer.isBlank()) {
            return invalid("the answer was empty; give the decision as one JSON object");
        }
        if (answer.length() > MAX_ANSWER_CHARS) {
            return invalid("the answer is " + answer.length() + " characters long; keep it under " + MAX_ANSWER_CHARS);
        }
        int open = answer.indexOf('{');
        int close = answer.lastIndexOf('}');
        if (open < 0 || close < open) {
            return invalid("the answer is not a JSON object");
        }
        JsonNode root;
        try {
            root = JSON.readTree(answer.substring(open, close + 1));
        } catch (JsonProcessingException e) {
            return invalid("the answer is not valid JSON (" + e.getOriginalMessage() + ")");
        }
        return check(root, evidence);
    }

    private Result check(JsonNode root, Evidence evidence) {
        List<String> problems = new ArrayList<>();
        Outcome decision = decision(root.get("decision"), problems);
        BigDecimal amount = amount(root.get("amount"), problems);
        JsonNode upTo = root.get("amountUpTo");
        if (upTo != null && !upTo.isNull() && !upTo.isBoolean()) {
            problems.add("amountUpTo must be true or false, not " + shown(upTo));
        }
        boolean amountUpTo = amount != null && upTo != null && upTo.asBoolean(false);
        String currency = currency(root.get("currency"), amount, problems);
        if (decision == Outcome.REJECTED && amount != null && amount.signum() > 0) {
            problems.add("a REJECTED claim has no payable amount; give amount null");
        }
        String justification = text(root.get("justification"));
        if (justification == null) {
            problems.add("justification must be a non-empty string naming the deciding clause(s)");
        }
        double confidence = confidence(root.get("confidence"), problems);
        int before = problems.size();
        List<String> citations = citations(root.get("citations"), evidence, problems);
        if (decision != null && decision != Outcome.NEEDS_REVIEW && problems.size() == before) {
            if (citations.isEmpty()) {
                problems.add("a decision of " + decision + " must cite at least one passage (" + evidence.range() + ")");
            } else if (citations.stream().allMatch(evidence::isFlagged)) {
                problems.add("the decision rests only on " + String.join(", ", citations)
                        + ", which reads like an instruction rather than policy wording; decide from the policy clauses");
            }
        }
        List<String> conditions = conditions(root.get("conditions"), problems);
        if (!problems.isEmpty()) {
            return new Result(null, List.copyOf(problems));
        }
        return new Result(new DraftDecision(decision, amount, amountUpTo, currency, justification, confidence,
                citations, conditions), List.of());
    }

    private static Outcome decision(JsonNode node, List<String> problems) {
        if (node != null && node.isTextual()) {
            for (Outcome outcome : Outcome.values()) {
                if (outcome.name().equals(node.asText().strip())) {
                    return outcome;
                }
            }
        }
        problems.add("decision must be one of APPROVED, REJECTED, NEEDS_REVIEW, not " + shown(node));
        return null;
    }

    private static BigDecimal amount(JsonNode node, List<String> problems) {
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isNumber() || node.decimalValue().signum() < 0) {
            problems.add("amount must be a plain number of at least 0, or null, not " + shown(node));
            return null;
        }
        return node.decimalValue();
    }

    private static String currency(JsonNode node, BigDecimal amount, List<String> problems) {
        String code = text(node);
        if (amount == null) {
            return null;
        }
        if (code == null || !CURRENCY.matcher(code.toUpperCase(Locale.ROOT)).matches()) {
            problems.add("currency must be a 3-letter code such as INR when an amount is given, not " + shown(node));
            return null;
        }
        return code.toUpperCase(Locale.ROOT);
    }

    private static double confidence(JsonNode node, List<String> problems) {
        if (node == null || !node.isNumber() || node.doubleValue() < 0 || node.doubleValue() > 1) {
            problems.add("confidence must be a number from 0 to 1, not " + shown(node));
            return 0;
        }
        return node.doubleValue();
    }

    private static List<String> citations(JsonNode node, Evidence evidence, List<String> problems) {
        if (node == null || !node.isArray()) {
            problems.add("citations must be a list of passage ids (" + evidence.range() + "), not " + shown(node));
            return null;
        }
        Set<String> ids = new LinkedHashSet<>();
        for (JsonNode item : node) {
            String id = text(item);
            if (id == null || evidence.hit(id) == null) {
                problems.add("citation " + shown(item) + " is not one of the passages given (" + evidence.range() + ")");
            } else {
                ids.add(id);
            }
        }
        return List.copyOf(ids);
    }

    private static List<String> conditions(JsonNode node, List<String> problems) {
        if (node == null || node.isNull()) {
            return List.of();
        }
        if (!node.isArray()) {
            problems.add("conditions must be a list of strings, not " + shown(node));
            return List.of();
        }
        List<String> conditions = new ArrayList<>();
        for (JsonNode item : node) {
            if (!item.isTextual()) {
                problems.add("each condition must be a string, not " + shown(item));
            } else if (!item.asText().isBlank()) {
                conditions.add(item.asText().strip());
            }
        }
        return conditions;
    }

    private static String text(JsonNode node) {
        return node != null && node.isTextual() && !node.asText().isBlank() ? node.asText().strip() : null;
    }

    /** A value as the model wrote it, short enough to quote back. */
    private static String shown(JsonNode node) {
        if (node == null) {
            return "missing";
        }
        String text = node.toString();
        return text.length() <= 40 ? text : text.substring(0, 37) + "...";
    }

    private static Result invalid(String problem) {
        return new Result(null, List.of(problem));
    }
}
