package com.intelliclaim.engine.ingest.parse;

import com.intelliclaim.engine.testing.TestPdfs;
import com.intelliclaim.engine.testing.TestSources;
import java.util.List;

class DocumentParsersContractTest extends DocumentParserContractTest {
    @Override
    protected DocumentParser parser() {
        return DocumentParsers.defaults();
    }

    @Override
    protected SourceDocument sourceWithPages(List<String> pageTexts) {
        return TestSources.of(typicalName(), TestPdfs.ofPages(pageTexts.toArray(String[]::new)));
    }

    @Override
    protected String typicalName() {
        return "scan-or-not.png";
    }
}
