package com.intelliclaim.engine.decide.facts;

import com.intelliclaim.engine.decide.FactExtractor;

class PatternFactExtractorContractTest extends FactExtractorContractTest {
    @Override
    protected FactExtractor extractor() {
        return new PatternFactExtractor();
    }
}
