package com.intelliclaim.engine.decide.facts;

import com.intelliclaim.engine.retrieve.ClauseFamily;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ProcedureVocabularyTest {
    private final ProcedureVocabulary vocabulary = new ProcedureVocabulary();

    static Stream<Procedure> procedures() {
        return new ProcedureVocabulary().procedures().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("procedures")
    void everyNameLooksUpItsOwnProcedure(Procedure procedure) {
        assertThat(vocabulary.lookup(procedure.name())).contains(procedure);
        assertThat(vocabulary.lookup(procedure.name().toUpperCase(java.util.Locale.ROOT))).contains(procedure);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Knee replacement          | knee replacement   | true  | WAITING_PERIOD
            TKR                       | knee replacement   | true  | WAITING_PERIOD
            phaco                     | cataract surgery   | true  | CATARACT
            CABG                      | heart surgery      | true  | WAITING_PERIOD
            open-heart surgery        | heart surgery      | true  | WAITING_PERIOD
            stent                     | angioplasty        | true  | WAITING_PERIOD
            dental                    | dental treatment   | false | EXCLUSION
            caesarean section         | caesarean delivery | true  | MATERNITY
            childbirth                | maternity          | false | MATERNITY
            homeopathy                | AYUSH treatment    | false | AYUSH
            airlifted to Delhi        | air ambulance      | false | AMBULANCE
            liver transplant          | organ transplant   | true  | ORGAN_DONOR
            hair transplant           | cosmetic surgery   | true  | EXCLUSION
            gastric sleeve            | bariatric surgery  | true  | EXCLUSION
            health checkup            | health check-up    | false | HEALTH_CHECKUP
            surgery for cataract      | cataract surgery   | true  | CATARACT
            fracture after accident   | accidental injury  | false | WAITING_PERIOD
            """)
    void synonymsLookUpTheProcedure(String text, String name, boolean major, ClauseFamily family) {
        Procedure procedure = vocabulary.lookup(text).orElseThrow();

        assertThat(procedure.name()).isEqualTo(name);
        assertThat(procedure.major()).isEqualTo(major);
        assertThat(procedure.families()).contains(family);
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @ValueSource(strings = {"", "room rent", "grace period", "spinal anaesthesia", "knee pain"})
    void textNamingNoProcedureLooksUpNothing(String text) {
        assertThat(vocabulary.lookup(text)).isEmpty();
    }

    @Test
    void generalWordsGiveWayToTheSpecificProcedure() {
        assertThat(vocabulary.lookup("operated after an accident for a hernia")).map(Procedure::name)
                .contains("hernia surgery");
        assertThat(vocabulary.lookup("minor surgery")).map(Procedure::name).contains("minor procedure");
        assertThat(vocabulary.lookup("surgery")).map(Procedure::name).contains("surgery");
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            admitted with pneumonia for 4 days          | pneumonia
            known diabetic, knee replacement            | knee replacement
            hypertension since 2019, angioplasty         | angioplasty
            diabetic foot ulcer, debridement surgery    | diabetic foot ulcer
            dengue, hospitalised                         | dengue fever
            operated for a stroke                        | stroke
            """)
    void aTreatmentBeatsAnIllnessAndAnIllnessBeatsAGeneralWord(String text, String name) {
        assertThat(vocabulary.lookup(text)).map(Procedure::name).contains(name);
    }

    @Test
    void eachTreatmentFamilyIsNamedOnce() {
        assertThat(vocabulary.treatmentFamilies()).extracting(TreatmentFamily::name).doesNotHaveDuplicates()
                .contains("joint replacement", "dental", "maternity");
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            phacoemulsification             | cataract          | true
            total knee arthroplasty         | joint replacement | true
            replacement of the hip          | joint replacement | true
            root canal                      | dental            | false
            lower segment caesarean section | maternity         | false
            laparoscopic cholecystectomy    | gall bladder      | true
            renal calculi                   | urinary stones    | false
            """)
    void clauseWordsFallInTheirTreatmentFamily(String text, String family, boolean surgical) {
        TreatmentFamily found = vocabulary.treatmentFamilies().stream()
                .filter(f -> f.stems().stream().anyMatch(stem -> java.util.regex.Pattern.compile("\\b(?:"
                        + stem.replace(" ", "\\s+") + ")").matcher(text).find()))
                .findFirst().orElseThrow();

        assertThat(found.name()).isEqualTo(family);
        assertThat(found.surgical()).isEqualTo(surgical);
    }

    @Test
    void aTreatmentFamilyNeedsAStemThatNamesIt() {
        assertThatThrownBy(() -> new TreatmentFamily("nothing", java.util.List.of(), false))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("nothing");
    }

    @Test
    void aProcedureNeedsAWordingThatNamesIt() {
        assertThatThrownBy(() -> new Procedure("nothing", java.util.List.of(), false, java.util.Set.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("nothing");
    }
}
