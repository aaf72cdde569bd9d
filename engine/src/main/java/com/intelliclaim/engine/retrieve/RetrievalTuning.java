package com.intelliclaim.engine.retrieve;

/**
 * The knobs of hybrid retrieval, chosen by measurement on the development questions (see the README): how many
 * candidates each index contributes, the weight of each ranking in the fusion, the RRF constant, and the boost (in
 * units of a first-rank fusion score) a passage gets for each clause family the question names.
 */
public record RetrievalTuning(int candidates, double vectorWeight, double keywordWeight, int rrfK, double familyBoost) {
    public static final RetrievalTuning DEFAULT = new RetrievalTuning(50, 1.0, 1.0, RankFusion.DEFAULT_K, 0.5);
}
