package com.intelliclaim.engine.decide.llm;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.intelliclaim.engine.api.LlmSettings;
import com.intelliclaim.engine.api.Outcome;
import dev.langchain4j.model.chat.request.ResponseFormat;
import dev.langchain4j.model.chat.request.ResponseFormatType;
import dev.langchain4j.model.chat.request.json.JsonRawSchema;
import dev.langchain4j.model.chat.request.json.JsonSchema;

/**
 * The answer format asked of the model. OpenAI-compatible servers get the decision schema as a strict JSON schema
 * (structured output) whose citations may only be this question's passage ids; Ollama gets plain JSON mode, the
 * schema being spelled out in the system message. Either way the answer is validated by {@link DraftReader}.
 */
final class DecisionSchema {
    static final String NAME = "claim_decision";
    private static final ObjectMapper JSON = new ObjectMapper();

    private DecisionSchema() {
    }

    static ResponseFormat responseFormat(LlmSettings.Provider provider, Evidence evidence) {
        if (provider == LlmSettings.Provider.OLLAMA) {
            return ResponseFormat.JSON;
        }
        return ResponseFormat.builder()
                .type(ResponseFormatType.JSON)
                .jsonSchema(JsonSchema.builder().name(NAME).rootElement(JsonRawSchema.from(schema(evidence))).build())
                .build();
    }

    /** The JSON schema of a decision: every field required (strict mode), nullable ones typed [x, "null"]. */
    static String schema(Evidence evidence) {
        ObjectNode root = JSON.createObjectNode().put("type", "object");
        ObjectNode properties = root.putObject("properties");
        ArrayNode outcomes = properties.putObject("decision").put("type", "string").putArray("enum");
        for (Outcome outcome : Outcome.values()) {
            outcomes.add(outcome.name());
        }
        properties.putObject("amount").putArray("type").add("number").add("null");
        properties.putObject("amountUpTo").put("type", "boolean");
        properties.putObject("currency").putArray("type").add("string").add("null");
        properties.putObject("justification").put("type", "string");
        properties.putObject("confidence").put("type", "number");
        ObjectNode citationItems = properties.putObject("citations").put("type", "array").putObject("items");
        ArrayNode ids = citationItems.put("type", "string").putArray("enum");
        evidence.ids().forEach(ids::add);
        properties.putObject("conditions").put("type", "array").putObject("items").put("type", "string");
        ArrayNode required = root.putArray("required");
        properties.fieldNames().forEachRemaining(required::add);
        root.put("additionalProperties", false);
        return root.toString();
    }
}
