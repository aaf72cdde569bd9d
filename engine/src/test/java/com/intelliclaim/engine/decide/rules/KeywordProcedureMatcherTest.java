package com.intelliclaim.engine.decide.rules;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

class KeywordProcedureMatcherTest {
    private static final ProcedureMatcher MATCHER = new KeywordProcedureMatcher();
    private static final String MAJOR = "1.2 Major procedures (any surgery, including heart and cataract surgery): covered"
            + " after a waiting period of 3 months";

    static Stream<Arguments> matches() {
        return Stream.of(
                Arguments.of("cataract surgery", MAJOR, MatchStrength.EXACT),
                Arguments.of("heart surgery", MAJOR, MatchStrength.EXACT),
                Arguments.of("knee surgery", MAJOR, MatchStrength.GENERAL),
                Arguments.of("dental treatment", MAJOR, MatchStrength.NONE),
                Arguments.of("dental treatment", "Minor procedures (dental treatment, minor day-care procedures)",
                        MatchStrength.EXACT),
                Arguments.of("root canal", "Dental treatment unless necessitated by an accident", MatchStrength.EXACT),
                Arguments.of("knee replacement", "1. Treatment for joint replacement unless arising from accident",
                        MatchStrength.EXACT),
                Arguments.of("phacoemulsification", "9. Cataract and age related eye ailments", MatchStrength.EXACT),
                Arguments.of("cataract surgery", "2. Cataracts,", MatchStrength.EXACT),
                Arguments.of("normal delivery", "Maternity expenses are covered after 24 months", MatchStrength.EXACT),
                Arguments.of("normal delivery", "6. Ectopic pregnancy", MatchStrength.NONE),
                Arguments.of("heart surgery", "c. Cardiac conditions", MatchStrength.EXACT),
                Arguments.of("bariatric surgery", "33. Bariatric Surgery", MatchStrength.EXACT),
                Arguments.of("diabetic foot ulcer", "b. Diabetes and related complications", MatchStrength.EXACT),
                Arguments.of("dengue fever", "Dengue fever and malaria", MatchStrength.EXACT),
                Arguments.of("dengue fever", "Pyrexia of unknown origin", MatchStrength.NONE),
                Arguments.of("pneumonia", "Gastric/ Duodenal Ulcer", MatchStrength.NONE),
                Arguments.of("knee surgery", "45 KNEE BRACES (LONG/ SHORT/ HINGED)", MatchStrength.EXACT),
                Arguments.of(null, MAJOR, MatchStrength.NONE),
                Arguments.of("  ", MAJOR, MatchStrength.NONE));
    }

    @ParameterizedTest(name = "{0} in \"{1}\"")
    @MethodSource("matches")
    void matchesProceduresToClauseWords(String procedure, String text, MatchStrength expected) {
        assertThat(MATCHER.match(procedure, text)).isEqualTo(expected);
    }

    static Stream<Arguments> treatments() {
        return Stream.of(Arguments.of("Dental related covers with a mandatory Co-Payment of 20%", true),
                Arguments.of("every admissible claim under Base Cover 1 to 5, 7 and 9", false),
                Arguments.of("Cataract Surgery Limit", true),
                Arguments.of("Each and every claim under the Policy", false));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("treatments")
    void saysWhetherWordsNameATreatment(String text, boolean names) {
        assertThat(MATCHER.namesTreatment(text)).isEqualTo(names);
    }

    static Stream<Arguments> familyNames() {
        return Stream.of(Arguments.of("knee replacement", List.of("joint replacement")),
                Arguments.of("Hip Replacement", List.of("joint replacement")),
                Arguments.of("cataract surgery", List.of("cataract")),
                Arguments.of("knee surgery", List.of()),
                Arguments.of(null, List.of()),
                Arguments.of(" ", List.of()));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @MethodSource("familyNames")
    void namesTheFamiliesPoliciesGiveAProcedure(String procedure, List<String> names) {
        assertThat(MATCHER.familyNames(procedure)).isEqualTo(names);
    }
}
