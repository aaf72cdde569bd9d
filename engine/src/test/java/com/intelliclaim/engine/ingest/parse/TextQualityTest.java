package com.intelliclaim.engine.ingest.parse;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TextQualityTest {
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "policy prose           | Room rent is limited to 1% of the sum insured per day.   | true",
        "hindi prose            | कमरे का किराया बीमा राशि के एक प्रतिशत तक सीमित है और भी   | true",
        "stray stamp            | Copy 2                                                    | false",
        "empty                  | ''                                                        | false",
        "symbols of a bad font  | ¤¶§ ¤¶§ ¤¶§ ¤¶§ ¤¶§ ¤¶§ ¤¶§ ¤¶§ ¤¶§ ¤¶§ ab cd ef gh ij kl mn op qr st | false",
        "replacement characters | Room ��� rent ��� is ��� limited ��� to one percent of sum  | false",
        "private-use glyphs     | Room \uE001\uE002\uE003 rent \uE004\uE005\uE006 is \uE007\uE008 limited to one percent of sum | false"})
    void judgesWhetherATextLayerIsRealText(String label, String text, boolean readable) {
        assertThat(TextQuality.isReadable(text)).isEqualTo(readable);
    }
}
