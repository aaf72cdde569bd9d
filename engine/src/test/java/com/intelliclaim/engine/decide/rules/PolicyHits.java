package com.intelliclaim.engine.decide.rules;

import com.intelliclaim.engine.api.SearchHit;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Builds retrieved passages by hand: the sample policy split into its clauses, or single clauses of other wordings. */
final class PolicyHits {
    private static final Pattern SECTION = Pattern.compile("^(\\d+)\\.\\s+(.+)$");
    private static final Pattern CLAUSE = Pattern.compile("^(\\d+\\.\\d+)\\s+.+$");
    private static final AtomicInteger IDS = new AtomicInteger();

    private PolicyHits() {
    }

    /** A passage of a document called {@code policy.pdf}. */
    static SearchHit hit(String clause, String heading, int page, String text) {
        return new SearchHit("test" + IDS.incrementAndGet() + "-" + IDS.get(), "abc123", "policy.pdf", page, page, clause,
                heading, text, 0.5);
    }

    /** A passage with an explicit chunk ordinal, for wordings whose lists run over several passages. */
    static SearchHit chunk(int ordinal, String clause, String heading, int page, String text) {
        return new SearchHit("doc-" + ordinal, "abc123", "policy.pdf", page, page, clause, heading, text, 0.5);
    }

    /** The sample policy of the system we replace, one passage per numbered clause (and one for the network list). */
    static List<SearchHit> samplePolicy() {
        String text = resource("/scenarios/sample-policy.txt");
        List<SearchHit> hits = new ArrayList<>();
        String heading = null;
        StringBuilder network = null;
        for (String line : text.split("\n")) {
            String l = line.strip();
            Matcher section = SECTION.matcher(l);
            Matcher clause = CLAUSE.matcher(l);
            if (clause.matches()) {
                hits.add(new SearchHit("sample-" + hits.size(), "5a3b1e", "sample-policy.txt", 1, 1, clause.group(1),
                        heading, l, 0.5));
            } else if (section.matches()) {
                heading = l;
                network = section.group(2).toLowerCase().contains("network") ? new StringBuilder(l) : null;
            } else if (network != null && !l.isEmpty()) {
                network.append('\n').append(l);
            }
        }
        if (network != null) {
            hits.add(new SearchHit("sample-" + hits.size(), "5a3b1e", "sample-policy.txt", 1, 1, "4", heading,
                    network.toString(), 0.5));
        }
        return hits;
    }

    static String resource(String name) {
        try (InputStream in = PolicyHits.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("test resource missing: " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
