package com.intelliclaim.engine.index;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.search.Query;

/** How a chunk is laid out as a Lucene document. Texts are indexed but not stored: the store holds them. */
final class LuceneDocuments {
    private LuceneDocuments() {
    }

    static Document of(KeywordEntry entry) {
        Document document = new Document();
        document.add(new StringField(LuceneFields.CHUNK_KEY, Long.toString(entry.chunkId()), Field.Store.NO));
        document.add(new StoredField(LuceneFields.CHUNK_ID, entry.chunkId()));
        document.add(new LongPoint(LuceneFields.DOCUMENT_ID, entry.documentId()));
        document.add(new TextField(LuceneFields.TEXT, nullToEmpty(entry.text()), Field.Store.NO));
        document.add(new TextField(LuceneFields.HEADING, nullToEmpty(entry.heading()), Field.Store.NO));
        document.add(new TextField(LuceneFields.CLAUSE, nullToEmpty(entry.clause()), Field.Store.NO));
        return document;
    }

    static Query ofDocument(long documentId) {
        return LongPoint.newExactQuery(LuceneFields.DOCUMENT_ID, documentId);
    }

    static Query ofDocuments(long[] documentIds) {
        return LongPoint.newSetQuery(LuceneFields.DOCUMENT_ID, documentIds);
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }
}
