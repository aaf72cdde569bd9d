package com.intelliclaim.app.settings;

import com.intelliclaim.engine.api.EngineException;
import com.intelliclaim.engine.embed.TorchScriptModel;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The checks behind the Settings form. Each returns the problem in plain words naming the value, or empty. */
public final class SettingsChecks {
    static final int MAX_NAME_CHARS = 80;

    private SettingsChecks() {
    }

    public static Optional<String> baseUrl(String text) {
        String url = text == null ? "" : text.strip();
        if (url.isEmpty()) {
            return Optional.of("Enter the server's address, e.g. https://api.openai.com/v1.");
        }
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException e) {
            return Optional.of("\"" + url + "\" is not a web address (" + e.getReason() + " at character "
                    + (e.getIndex() + 1) + ").");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            return Optional.of("\"" + url + "\" must start with http:// or https://.");
        }
        if (uri.getHost() == null || uri.getHost().isBlank()) {
            return Optional.of("\"" + url + "\" names no server (expected e.g. http://localhost:11434/v1).");
        }
        if (uri.getQuery() != null || uri.getFragment() != null) {
            return Optional.of("\"" + url + "\" should be the API's base address, without ? or # parts.");
        }
        return Optional.empty();
    }

    /** Models as typed: comma-separated names, preferred first. */
    public static List<String> modelList(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        return Arrays.stream(text.split(",")).map(String::strip).toList();
    }

    public static Optional<String> models(String text) {
        List<String> models = modelList(text);
        if (models.isEmpty()) {
            return Optional.of("Name at least one model, e.g. gpt-4o-mini or llama3.1.");
        }
        if (models.stream().anyMatch(String::isEmpty)) {
            return Optional.of("\"" + text.strip() + "\" has an empty name between commas.");
        }
        if (models.stream().anyMatch(m -> m.chars().anyMatch(Character::isWhitespace))) {
            return Optional.of("Model names have no spaces; separate several with commas.");
        }
        return Optional.empty();
    }

    public static Optional<String> passages(String text) {
        String value = text == null ? "" : text.strip();
        int n;
        try {
            n = Integer.parseInt(value);
        } catch (NumberFormatException e) {
            return Optional.of("\"" + value + "\" is not a whole number; enter " + Settings.MIN_PASSAGES + " to "
                    + Settings.MAX_PASSAGES + ".");
        }
        if (n < Settings.MIN_PASSAGES || n > Settings.MAX_PASSAGES) {
            return Optional.of(n + " is out of range; enter " + Settings.MIN_PASSAGES + " to " + Settings.MAX_PASSAGES
                    + ".");
        }
        return Optional.empty();
    }

    /** Blank means the default location. */
    public static Optional<String> dataFolder(String text) {
        String value = text == null ? "" : text.strip();
        if (value.isEmpty()) {
            return Optional.empty();
        }
        Optional<String> notAbsolute = absolutePath(value, "folder");
        if (notAbsolute.isPresent()) {
            return notAbsolute;
        }
        Path path = Path.of(value);
        if (Files.exists(path) && !Files.isDirectory(path)) {
            return Optional.of(value + " is a file, not a folder.");
        }
        return Optional.empty();
    }

    /**
     * A TorchScript model folder as the engine will read it (its description: the .pt file, tokenizer.json and
     * config.json; the weights are loaded at the next start), and an installation that can run it (the installers
     * leave the PyTorch engine out). The problem names the folder or the missing component, and the reason.
     */
    public static Optional<String> embeddingFolder(String text) {
        String value = text == null ? "" : text.strip();
        if (value.isEmpty()) {
            return Optional.of("Choose the folder of the TorchScript model (its .pt file, tokenizer.json and"
                    + " config.json).");
        }
        Optional<String> notAbsolute = absolutePath(value, "model folder");
        if (notAbsolute.isPresent()) {
            return notAbsolute;
        }
        try {
            TorchScriptModel.at(Path.of(value));
        } catch (EngineException e) {
            return Optional.of(e.getMessage());
        }
        return TorchScriptModel.runtimeMissing();
    }

    /** Why {@code value} is not the full path of a folder (not a path at all, or relative); empty when it is. */
    private static Optional<String> absolutePath(String value, String what) {
        try {
            return Path.of(value).isAbsolute() ? Optional.empty()
                    : Optional.of("\"" + value + "\" is a relative path; give the full path of the " + what + ".");
        } catch (InvalidPathException e) {
            return Optional.of("\"" + value + "\" is not a valid folder path (" + e.getReason() + ").");
        }
    }

    public static Optional<String> analystName(String text) {
        String value = text == null ? "" : text.strip();
        if (value.isEmpty()) {
            return Optional.of("Enter the name to record on your decisions.");
        }
        if (value.length() > MAX_NAME_CHARS) {
            return Optional.of("The name is " + value.length() + " characters long; keep it to " + MAX_NAME_CHARS
                    + ".");
        }
        return Optional.empty();
    }
}
