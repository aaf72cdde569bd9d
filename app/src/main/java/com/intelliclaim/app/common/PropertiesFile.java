package com.intelliclaim.app.common;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

/** A small UTF-8 properties file (keys sorted, written atomically): where the app keeps its preferences. */
public final class PropertiesFile {
    private final Path file;

    public PropertiesFile(Path file) {
        this.file = file;
    }

    public Path path() {
        return file;
    }

    /**
     * The file's entries; empty when the file does not exist yet.
     *
     * @throws IOException when it exists but cannot be read
     */
    public Map<String, String> load() throws IOException {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            return Map.of();
        }
        Properties properties = new Properties();
        properties.load(new StringReader(text));
        Map<String, String> entries = new TreeMap<>();
        properties.stringPropertyNames().forEach(k -> entries.put(k, properties.getProperty(k)));
        return entries;
    }

    /** Replaces the file's content with these entries, atomically. */
    public void save(Map<String, String> entries, String comment) throws IOException {
        StringWriter out = new StringWriter();
        out.write("# " + comment + System.lineSeparator());
        Properties one = new Properties();
        for (Map.Entry<String, String> e : new TreeMap<>(entries).entrySet()) {
            one.clear();
            one.setProperty(e.getKey(), e.getValue());
            StringWriter line = new StringWriter();
            one.store(line, null);
            // Properties.store writes a date comment first; keep only the entry so the file does not churn.
            line.toString().lines().filter(l -> !l.startsWith("#")).forEach(l -> out.write(l + System.lineSeparator()));
        }
        AtomicFiles.write(file, out.toString().getBytes(StandardCharsets.UTF_8));
    }
}
