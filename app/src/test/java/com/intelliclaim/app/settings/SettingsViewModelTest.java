package com.intelliclaim.app.settings;

import com.intelliclaim.engine.api.LlmSettings;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/** The Settings screen's logic with the real stores, files and HTTP client, against a local server. */
class SettingsViewModelTest {
    private static final String GOOD_KEY = "sk-good-7d1e3f9a";
    @TempDir
    Path config;
    @TempDir
    Path data;
    private HttpServer server;
    private final List<String> requests = new CopyOnWriteArrayList<>();

    @BeforeEach
    void serve() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/v1/models", exchange -> {
            String auth = exchange.getRequestHeaders().getFirst("Authorization");
            requests.add(exchange.getRequestMethod() + " " + exchange.getRequestURI() + " " + auth);
            boolean ok = ("Bearer " + GOOD_KEY).equals(auth);
            byte[] body = (ok ? "{\"object\":\"list\",\"data\":[{\"id\":\"gpt-4o-mini\"},{\"id\":\"gpt-4o\"}]}"
                    : "{\"error\":{\"message\":\"Incorrect API key provided\"}}").getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(ok ? 200 : 401, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/v1";
    }

    private SettingsViewModel model() {
        return TestSettings.model(config, data);
    }

    private void fillOpenAi(SettingsViewModel model, String key) {
        model.providerProperty().set(LlmProvider.OPENAI);
        model.baseUrlProperty().set(baseUrl());
        model.modelsProperty().set("gpt-4o-mini, gpt-4o");
        model.apiKeyProperty().set(key);
    }

    @Test
    void theDataFolderNoteNamesTheFolderInUseAndWhatComesBeforeTheSetting() {
        assertThat(model().dataFolderNote()).contains("In use now: " + data, "next start", "--data",
                "INTELLICLAIM_DATA");
    }

    @Test
    void startsWithDefaultsThatAreValid() {
        SettingsViewModel model = model();
        assertThat(model.providerProperty().get()).isEqualTo(LlmProvider.NONE);
        assertThat(model.passagesProperty().get()).isEqualTo("8");
        assertThat(model.themeProperty().get()).isEqualTo(ThemeChoice.SYSTEM);
        assertThat(model.validProperty().get()).isTrue();
        assertThat(model.llmSettings()).isEmpty();
    }

    @Test
    void eachBadFieldShowsItsProblemAndNothingIsSaved() {
        SettingsViewModel model = model();
        model.providerProperty().set(LlmProvider.OPENAI);
        assertThat(model.baseUrlProperty().get()).isEqualTo("https://api.openai.com/v1"); // offered on choosing
        model.baseUrlProperty().set("htp:/example");
        model.passagesProperty().set("80");

        assertThat(model.baseUrlErrorProperty().get()).contains("http:// or https://");
        assertThat(model.modelsErrorProperty().get()).contains("Name at least one model");
        assertThat(model.passagesErrorProperty().get()).contains("80 is out of range");
        assertThat(model.validProperty().get()).isFalse();
        assertThat(model.save()).isFalse();
        assertThat(model.statusIsErrorProperty().get()).isTrue();
        assertThat(Files.exists(config.resolve("settings.properties"))).isFalse();

        model.providerProperty().set(LlmProvider.NONE); // LLM fields no longer matter
        model.passagesProperty().set("12");
        assertThat(model.baseUrlErrorProperty().get()).isEmpty();
        assertThat(model.validProperty().get()).isTrue();
    }

    @Test
    void savedSettingsAndTheKeyComeBackInANewSessionAndTheKeyIsNotInPlainText() throws Exception {
        SettingsViewModel model = model();
        fillOpenAi(model, GOOD_KEY);
        model.themeProperty().set(ThemeChoice.DARK);
        model.passagesProperty().set("20");
        model.analystNameProperty().set("Ana Rao");
        model.dataFolderProperty().set(data.resolve("elsewhere").toString());
        assertThat(model.save()).isTrue();
        assertThat(model.statusProperty().get()).contains("Saved", "next start");

        SettingsViewModel next = model();
        assertThat(next.providerProperty().get()).isEqualTo(LlmProvider.OPENAI);
        assertThat(next.baseUrlProperty().get()).isEqualTo(baseUrl());
        assertThat(next.modelsProperty().get()).isEqualTo("gpt-4o-mini, gpt-4o");
        assertThat(next.apiKeyProperty().get()).isEqualTo(GOOD_KEY);
        assertThat(next.themeProperty().get()).isEqualTo(ThemeChoice.DARK);
        assertThat(next.passagesProperty().get()).isEqualTo("20");
        assertThat(next.analystNameProperty().get()).isEqualTo("Ana Rao");
        assertThat(new DataFolderResolver(java.util.Map.of(), config, () -> data.resolve("default"))
                .choose(java.util.Optional.empty()).folder()).isEqualTo(data.resolve("elsewhere"));
        LlmSettings llm = next.llmSettings().orElseThrow();
        assertThat(llm.provider()).isEqualTo(LlmSettings.Provider.OPENAI);
        assertThat(llm.models()).containsExactly("gpt-4o-mini", "gpt-4o");
        assertThat(llm.apiKey()).isEqualTo(GOOD_KEY);
        try (var files = Files.list(config)) {
            for (Path file : files.toList()) {
                assertThat(new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1)).doesNotContain(GOOD_KEY);
            }
        }
    }

    @Test
    void revertPutsTheSavedValuesBack() {
        SettingsViewModel model = model();
        model.passagesProperty().set("33");
        model.revert();
        assertThat(model.passagesProperty().get()).isEqualTo("8");
    }

    @Test
    void testConnectionWithTheRightKeyListsTheModels() throws Exception {
        SettingsViewModel model = model();
        fillOpenAi(model, GOOD_KEY);
        model.testConnection().get(10, TimeUnit.SECONDS);

        assertThat(model.connectionOkProperty().get()).isTrue();
        assertThat(model.connectionProperty().get()).isEqualTo("Connected. The server offers 2 models, including"
                + " \"gpt-4o-mini\".");
        assertThat(requests).containsExactly("GET /v1/models Bearer " + GOOD_KEY);
        assertThat(model.testingProperty().get()).isFalse();
    }

    @Test
    void testConnectionWithAWrongKeySaysTheKeyWasRefused() throws Exception {
        SettingsViewModel model = model();
        fillOpenAi(model, "sk-wrong");
        model.testConnection().get(10, TimeUnit.SECONDS);

        assertThat(model.connectionOkProperty().get()).isFalse();
        assertThat(model.connectionProperty().get()).isEqualTo("The server refused the API key (HTTP 401). Check the key.");
    }

    @Test
    void testConnectionWithAModelTheServerLacksSaysSo() throws Exception {
        SettingsViewModel model = model();
        fillOpenAi(model, GOOD_KEY);
        model.modelsProperty().set("gpt-5-imaginary");
        model.testConnection().get(10, TimeUnit.SECONDS);

        assertThat(model.connectionOkProperty().get()).isFalse();
        assertThat(model.connectionProperty().get()).contains("does not offer the model \"gpt-5-imaginary\"",
                "gpt-4o-mini, gpt-4o");
    }

    @Test
    void testConnectionToNothingSaysNothingAnswered() throws Exception {
        SettingsViewModel model = model();
        fillOpenAi(model, GOOD_KEY);
        int port = server.getAddress().getPort();
        server.stop(0);
        model.testConnection().get(10, TimeUnit.SECONDS);

        assertThat(model.connectionOkProperty().get()).isFalse();
        assertThat(model.connectionProperty().get()).isEqualTo("Nothing answered at 127.0.0.1:" + port
                + ". Check the address, and that the server is running.");
    }

    @Test
    void testConnectionWithABadAddressOrNoProviderNeedsNoNetwork() throws Exception {
        SettingsViewModel model = model();
        model.testConnection().get(1, TimeUnit.SECONDS);
        assertThat(model.connectionProperty().get()).isEqualTo("Choose an LLM provider first.");
        fillOpenAi(model, GOOD_KEY);
        model.baseUrlProperty().set("ftp://x");
        model.testConnection().get(1, TimeUnit.SECONDS);
        assertThat(model.connectionProperty().get()).contains("must start with http:// or https://");
        assertThat(requests).isEmpty();
    }

    @Test
    void aDamagedKeyFileIsShownNextToTheKeyAndTheRestStillLoads() throws Exception {
        SettingsViewModel model = model();
        fillOpenAi(model, GOOD_KEY);
        model.save();
        Files.write(config.resolve("secrets.key"), new byte[40]);

        SettingsViewModel next = model();
        assertThat(next.apiKeyErrorProperty().get()).contains("cannot be decrypted");
        assertThat(next.apiKeyProperty().get()).isEmpty();
        assertThat(next.providerProperty().get()).isEqualTo(LlmProvider.OPENAI);
    }

    @Test
    void handEditedNonsenseInTheSettingsFileFallsBackToDefaults() throws Exception {
        Files.writeString(config.resolve("settings.properties"), "theme=PURPLE\nretrieval.passages=500\n"
                + "llm.provider=OPENAI\nllm.baseUrl=nonsense\nanalyst.name=Ana\n");
        SettingsViewModel model = model();
        assertThat(model.themeProperty().get()).isEqualTo(ThemeChoice.SYSTEM);
        assertThat(model.passagesProperty().get()).isEqualTo("8");
        assertThat(model.providerProperty().get()).isEqualTo(LlmProvider.NONE);
        assertThat(model.analystNameProperty().get()).isEqualTo("Ana");
    }
}
