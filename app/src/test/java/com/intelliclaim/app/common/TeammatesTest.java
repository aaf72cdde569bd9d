package com.intelliclaim.app.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Own work or a teammate's, by the name it carries against the name in Settings. */
class TeammatesTest {
    @ParameterizedTest
    @CsvSource(nullValues = "null", value = {
        "Asha, Bala, Bala",
        "Asha, asha, null",
        "Asha, '  ASHA ', null",
        "Asha, '', null",
        "Asha, null, null",
        "'', Bala, null",
        "null, Bala, null",
    })
    void anAuthorOtherThanMeIsATeammate(String me, String author, String teammate) {
        assertThat(new Teammates(() -> me).of(author).orElse(null)).isEqualTo(teammate);
    }

    @Test
    void aChangedNameAppliesAtOnceAndTheTagNamesTheTeammate() {
        AtomicReference<String> me = new AtomicReference<>("Asha");
        Teammates teammates = new Teammates(me::get);
        assertThat(teammates.of("Bala")).contains("Bala");
        me.set("Bala");
        assertThat(teammates.of("Bala")).isEmpty();
        assertThat(Teammates.tag("Asha")).isEqualTo("from Asha");
        assertThat(Teammates.NONE.of("Asha")).isEmpty();
    }
}
