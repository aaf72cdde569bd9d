package com.intelliclaim.engine.decide.llm;

import com.intelliclaim.engine.api.LlmSettings;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;

/**
 * The model server: the base URL requests go to (an Ollama URL without {@code /v1} gets it, since Ollama speaks the
 * OpenAI API there), the form it is shown in (no user info, no query: nothing secret reaches the audit trail), and
 * how long a request may take.
 */
record Endpoint(String baseUrl, String shown, Duration timeout) {

    static Endpoint of(LlmSettings settings) {
        String url = settings.baseUrl().trim();
        while (url.endsWith("/")) {
            url = url.substring(0, url.length() - 1);
        }
        if (settings.provider() == LlmSettings.Provider.OLLAMA && !url.endsWith("/v1")) {
            url = url + "/v1";
        }
        return new Endpoint(url, shown(url), settings.timeout());
    }

    private static String shown(String url) {
        try {
            URI uri = new URI(url);
            if (uri.getScheme() == null || uri.getHost() == null) {
                return "the configured model server";
            }
            String port = uri.getPort() < 0 ? "" : ":" + uri.getPort();
            return uri.getScheme() + "://" + uri.getHost() + port;
        } catch (URISyntaxException e) {
            return "the configured model server";
        }
    }

    /** "2 s", "1.5 s", "300 ms": a duration in the words of the audit trail. */
    static String seconds(Duration duration) {
        long millis = duration.toMillis();
        if (millis < 1000) {
            return millis + " ms";
        }
        if (millis % 1000 == 0) {
            return millis / 1000 + " s";
        }
        return String.format(java.util.Locale.ROOT, "%.1f s", millis / 1000.0);
    }
}
