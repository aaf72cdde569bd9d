package com.intelliclaim.engine.decide.facts;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The four scenarios of the system we replace: every fact they list is read as they list it, and every fact they do
 * not list is null.
 */
class ScenarioFactsTest {
    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule());

    static Stream<Arguments> scenarios() throws IOException {
        try (InputStream in = ScenarioFactsTest.class.getResourceAsStream("/scenarios/scenarios-dev.json")) {
            assertThat(in).as("scenarios-dev.json in the test resources").isNotNull();
            List<Arguments> scenarios = new ArrayList<>();
            for (JsonNode scenario : JSON.readTree(in)) {
                scenarios.add(Arguments.of(scenario.get("id").asText(), scenario.get("query").asText(),
                        scenario.get("facts")));
            }
            assertThat(scenarios).hasSize(4);
            return scenarios.stream();
        }
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("scenarios")
    void readsEveryFactTheScenarioListsAndNoOther(String id, String query, JsonNode expected) {
        JsonNode actual = JSON.valueToTree(new PatternFactExtractor().extract(query, LocalDate.of(2025, 6, 10)));

        assertThat(expected.size()).as("facts listed by " + id).isGreaterThanOrEqualTo(5);
        assertThat(expected.fieldNames()).toIterable().as("facts listed by " + id).allMatch(actual::has);
        actual.fields().forEachRemaining(fact -> assertThat(fact.getValue())
                .as(id + " " + fact.getKey())
                .isEqualTo(expected.has(fact.getKey()) ? expected.get(fact.getKey()) : NullNode.getInstance()));
    }
}
