package com.intelliclaim.engine.store;

import com.intelliclaim.engine.api.DocumentInfo;
import java.util.List;

/** A document just stored, with the ids its chunks were given, in chunk order. */
public record StoredDocument(DocumentInfo info, List<Long> chunkIds) {
    public StoredDocument {
        chunkIds = List.copyOf(chunkIds);
    }
}
