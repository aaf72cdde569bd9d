package com.intelliclaim.app.eval;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FactMatchTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @ParameterizedTest(name = "{0}: expected {1}, read {2} -> {3}")
    @CsvSource(delimiter = '|', value = {
            "age             | 46                   | 46                               | true",
            "age             | 46                   | 64                               | false",
            "age             | 46                   | null                             | false",
            "policyAgeMonths | 0                    | 0                                | true",
            "policyAgeMonths | 0                    | null                             | false",
            "sumInsured      | 500000               | 500000.00                        | true",
            "gender          | \"female\"           | \"male\"                         | false",
            "gender          | \"male\"             | \"MALE\"                         | true",
            "procedure       | \"knee surgery\"     | \"knee replacement surgery\"     | false",
            "procedure       | \"knee surgery\"     | \"Knee Surgery\"                 | true",
            "procedure       | \"heart surgery\"    | \"surgery\"                      | true",
            "procedure       | \"dental treatment\" | \"dental\"                       | true",
            "procedure       | \"cataract surgery\" | \"\"                             | false",
            "location        | \"Pune\"             | \"pune\"                         | true",
            "location        | \"Pune\"             | \"Punjab\"                       | false",
            "networkHospital | true                 | true                             | true",
            "networkHospital | true                 | false                            | false",
            "admissionDate   | \"2025-03-01\"       | \"2025-03-01\"                   | true",
            "hospitalDays    | null                 | null                             | true",
            "hospitalDays    | null                 | 3                                | false"})
    void factsMatchAsAnAnalystWouldJudge(String field, String expected, String actual, boolean matches)
            throws Exception {
        JsonNode want = JSON.readTree(expected);
        JsonNode got = JSON.readTree(actual);

        assertThat(FactMatch.matches(field, want, got)).isEqualTo(matches);
    }
}
