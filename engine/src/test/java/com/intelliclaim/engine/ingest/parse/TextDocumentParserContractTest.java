package com.intelliclaim.engine.ingest.parse;

import com.intelliclaim.engine.testing.TestSources;
import java.util.List;

class TextDocumentParserContractTest extends DocumentParserContractTest {
    @Override
    protected DocumentParser parser() {
        return new TextDocumentParser();
    }

    @Override
    protected SourceDocument sourceWithPages(List<String> pageTexts) {
        return TestSources.text(typicalName(), String.join("\f", pageTexts));
    }

    @Override
    protected String typicalName() {
        return "notes.txt";
    }
}
