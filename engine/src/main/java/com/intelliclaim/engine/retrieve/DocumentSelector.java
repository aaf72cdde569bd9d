package com.intelliclaim.engine.retrieve;

import com.intelliclaim.engine.api.DocumentInfo;
import com.intelliclaim.engine.api.InvalidQueryException;
import com.intelliclaim.engine.api.SearchRequest;
import com.intelliclaim.engine.index.DocumentFilter;
import com.intelliclaim.engine.store.DocumentStore;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

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
        return DocumentFilter.only(find(store, document).id());
    }

    /**
     * The filter of a search: its document if it names one, which must then be among {@code within} when that is
     * given; else the indexed documents among {@code within} (none indexed: an empty filter); else every document.
     */
    public static DocumentFilter resolve(DocumentStore store, SearchRequest request) {
        Set<String> within = request.within();
        if (request.document() != null) {
            DocumentInfo doc = find(store, request.document());
            if (within != null && !within.contains(doc.sha256())) {
                throw new InvalidQueryException("The document '" + request.document() + "' is not one of the"
                        + " case's documents; attach it to the case first, or search the whole case.");
            }
            return DocumentFilter.only(doc.id());
        }
        if (within == null) {
            return DocumentFilter.ALL;
        }
        return new DocumentFilter(store.documents().stream().filter(d -> within.contains(d.sha256()))
                .map(DocumentInfo::id).collect(Collectors.toSet()));
    }

    /**
     * The indexed document a name (its latest version) or SHA-256 prefix means.
     *
     * @throws InvalidQueryException naming the value when no document or several match
     */
    public static DocumentInfo find(DocumentStore store, String document) {
        List<DocumentInfo> documents = store.documents();
        String wanted = document.strip();
        for (DocumentInfo doc : documents) { // newest first: the first name match is the latest version
            if (doc.name().equals(wanted)) {
                return doc;
            }
        }
        if (SHA_PREFIX.matcher(wanted).matches()) {
            String prefix = wanted.toLowerCase(Locale.ROOT);
            List<DocumentInfo> matches = documents.stream().filter(d -> d.sha256().startsWith(prefix)).toList();
            if (matches.size() == 1) {
                return matches.get(0);
            }
            if (matches.size() > 1) {
                throw new InvalidQueryException("The document prefix '" + wanted + "' matches " + matches.size()
                        + " documents; give more digits of its SHA-256.");
            }
        }
        for (DocumentInfo doc : documents) {
            if (doc.name().equalsIgnoreCase(wanted)) {
                return doc;
            }
        }
        throw new InvalidQueryException("No indexed document is named '" + wanted
                + "' or has a SHA-256 starting with it; the 'docs' command lists the indexed documents.");
    }
}
