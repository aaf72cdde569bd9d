package com.intelliclaim.engine.sync;

import com.intelliclaim.engine.store.SharedDocument;

/** A document as the team's database holds it: the document, who added it, and whether its bytes are in S3. */
public record TeamDocument(SharedDocument document, String addedBy, boolean objectStored) {
}
