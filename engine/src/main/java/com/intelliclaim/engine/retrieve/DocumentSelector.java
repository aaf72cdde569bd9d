package com.intelliclaim.engine.retrieve;

import com.intelliclaim.engine.api.DocumentInfo;
import com.intelliclaim.engine.api.InvalidQueryException;
import com.intelliclaim.engine.index.DocumentFilter;
import com.intelliclaim.engine.store.DocumentStore;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Resolves the document a search is limited to: a file name means its latest version; a hex string of at least six
 * digits means the document whose SHA-256 starts with it.
 */
public final class DocumentSelector {
    private static final Pattern SHA_PREFIX = Pattern.compile("[0-9a-fA-F]{6,64}");

    private DocumentSelector() {
    }

    /** The filter for {@code document}, or {@link DocumentFilter#ALL} when it is null. */
    public static DocumentFilter resolve(DocumentStore store, String document) {
        if (document == null) {
            return DocumentFilter.ALL;
        }
        List<DocumentInfo> documents = store.documents();
        String wanted = document.strip();
        for (DocumentInfo doc : documents) { // newest first: the first name match is the latest version
            if (doc.name().equals(wanted)) {
                return DocumentFilter.only(doc.id());
            }
        }
        if (SHA_PREFIX.matcher(wanted).matches()) {
            String prefix = wanted.toLowerCase(Locale.ROOT);
            List<DocumentInfo> matches = documents.stream().filter(d -> d.sha256().startsWith(prefix)).toList();
            if (matches.size() == 1) {
                return DocumentFilter.only(matches.get(0).id());
            }
            if (matches.size() > 1) {
                throw new InvalidQueryException("The document prefix '" + wanted + "' matches " + matches.size()
                        + " documents; give more digits of its SHA-256.");
            }
        }
        for (DocumentInfo doc : documents) {
            if (doc.name().equalsIgnoreCase(wanted)) {
                return DocumentFilter.only(doc.id());
            }
        }
        throw new InvalidQueryException("No indexed document is named '" + wanted
                + "' or has a SHA-256 starting with it; the 'docs' command lists the indexed documents.");
    }
}
