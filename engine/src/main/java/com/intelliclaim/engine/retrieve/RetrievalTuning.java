package com.intelliclaim.engine.retrieve;

/**
 * The knobs of hybrid retrieval, chosen by measurement on the development questions (see the README): how many
 * candidates each index contributes, the weight of each ranking in the fusion, the RRF constant, and the boost (in
 * units of a first-rank fusion score) a passage gets for each clause family the question names.
 */
public record RetrievalTuning(int candidates, double vectorWeight, double keywordWeight, int rrfK, double familyBoost) {
    public static final RetrievalTuning DEFAULT = new RetrievalTuning(50, 1.0, 1.0, RankFusion.DEFAULT_K, 1.0);

    public RetrievalTuning {
        if (candidates < 1 || rrfK < 0 || vectorWeight < 0 || keywordWeight < 0 || familyBoost < 0) {
            throw new IllegalArgumentException("retrieval tuning values must be positive: " + candidates + ", "
                    + vectorWeight + ", " + keywordWeight + ", " + rrfK + ", " + familyBoost);
        }
    }

    /**
     * Reads overrides of the defaults from {@code "vector=1,keyword=0.8,boost=0.5,rrf=60,candidates=50"} (any
     * subset, any order); an unknown key or a bad number is an {@link IllegalArgumentException} naming it.
     */
    public static RetrievalTuning parse(String spec) {
        RetrievalTuning t = DEFAULT;
        for (String part : spec.split(",")) {
            String[] kv = part.trim().split("=", 2);
            if (kv.length != 2) {
                throw new IllegalArgumentException("'" + part + "' is not key=value");
            }
            double v;
            try {
                v = Double.parseDouble(kv[1].trim());
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("'" + kv[1] + "' is not a number (for " + kv[0] + ")", e);
            }
            t = switch (kv[0].trim()) {
                case "vector" -> new RetrievalTuning(t.candidates, v, t.keywordWeight, t.rrfK, t.familyBoost);
                case "keyword" -> new RetrievalTuning(t.candidates, t.vectorWeight, v, t.rrfK, t.familyBoost);
                case "boost" -> new RetrievalTuning(t.candidates, t.vectorWeight, t.keywordWeight, t.rrfK, v);
                case "rrf" -> new RetrievalTuning(t.candidates, t.vectorWeight, t.keywordWeight, (int) v, t.familyBoost);
                case "candidates" -> new RetrievalTuning((int) v, t.vectorWeight, t.keywordWeight, t.rrfK, t.familyBoost);
                default -> throw new IllegalArgumentException("unknown tuning key '" + kv[0]
                        + "' (vector, keyword, boost, rrf, candidates)");
            };
        }
        return t;
    }
}
