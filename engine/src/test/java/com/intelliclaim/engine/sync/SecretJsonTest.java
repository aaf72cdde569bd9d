package com.intelliclaim.engine.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The login inside a database secret; a secret that is not one is refused by name, never quoting its value. */
class SecretJsonTest {
    private static final String ID = "rds!db-1234";

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "null", value = {
            "RDS-managed secret     | {\"username\":\"postgres\",\"password\":\"pa\\\"ss\"}          | postgres | pa\"ss",
            "other fields ignored   | {\"engine\":\"postgres\",\"username\":\"asha\",\"password\":\"x\",\"port\":5432} | asha | x",
            "no username            | {\"password\":\"only-the-password\"}                           | null     | only-the-password",
            "blank username         | {\"username\":\" \",\"password\":\"p\"}                          | null     | p"})
    void readsTheLogin(String kind, String json, String user, String password) {
        DatabaseLogin login = SecretJson.login(ID, json);
        assertThat(login.user()).isEqualTo(user);
        assertThat(login.password()).isEqualTo(password);
        assertThat(login.toString()).doesNotContain(password);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "null", value = {
            "not JSON             | password=hunter2-secret                | not the JSON of a database login",
            "a JSON array         | [\"hunter2-secret\"]                   | holds no JSON object",
            "no password          | {\"username\":\"hunter2-secret\"}      | has no \"password\"",
            "empty password       | {\"password\":\"\"}                    | has no \"password\"",
            "number as password   | {\"password\":12345}                   | has no \"password\"",
            "binary secret        | null                                   | holds no JSON object"})
    void refusesWhatIsNotALoginWithoutQuotingIt(String kind, String json, String words) {
        assertThatThrownBy(() -> SecretJson.login(ID, json)).isInstanceOfSatisfying(SyncException.class, e -> {
            assertThat(e.getMessage()).contains(ID).contains(words).doesNotContain("hunter2");
            assertThat(e.retryable()).isFalse();
            assertThat(e.getCause()).as("the parser's message may quote the secret").isNull();
        });
    }
}
