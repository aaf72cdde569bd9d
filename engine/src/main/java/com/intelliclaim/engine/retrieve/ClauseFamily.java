package com.intelliclaim.engine.retrieve;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The clause families of health-insurance wordings that analysts ask about. A family is named by a question when
 * {@link #namedBy} matches it, and a passage belongs to it when {@link #marks} matches its heading or text; retrieval
 * boosts the passages of the families a question names.
 */
public enum ClauseFamily {
    WAITING_PERIOD("waiting period|wait(ing)?\\b|how long before|cooling", "waiting period|wait(ing)? period"),
    PRE_EXISTING("pre[- ]?existing|\\bped\\b", "pre[- ]?existing|\\bped\\b"),
    MATERNITY("maternity|pregnan|childbirth|deliver(y|ies)|caesarean|c-section|new ?born",
            "maternity|pregnan|childbirth|deliver(y|ies)|caesarean"),
    CATARACT("cataract", "cataract"),
    ORGAN_DONOR("organ donor|donor|transplant", "organ donor|donor|harvest"),
    NO_CLAIM_BONUS("no[- ]claim|\\bncd\\b|\\bncb\\b|cumulative bonus|claim[- ]free",
            "no[- ]claim (discount|bonus)|\\bncd\\b|\\bncb\\b|cumulative bonus"),
    HEALTH_CHECKUP("health check|check[- ]?up|preventive", "health check|check[- ]?up"),
    AYUSH("ayush|ayurved|yoga|unani|siddha|homo?eopath|naturopath", "ayush|ayurved|unani|siddha|homo?eopath"),
    ROOM_RENT("room rent|room charges|\\bicu\\b|\\biccu\\b|intensive care|boarding", "room rent|room charges|\\bicu\\b|intensive care|boarding"),
    EXCLUSION("exclu|not covered|not payable|does not cover|what is not", "exclu|not (be )?(covered|payable)"),
    GRACE_PERIOD("grace period|late (premium|renewal)|renew(al)? after", "grace period"),
    CO_PAYMENT("co-?pay|copay|co-?payment", "co-?pay"),
    HOSPITAL_DEFINITION("defin\\w* (a |an |the |of )?['\"‘“]?hospital|hospital['\"’”]? (means|defin)|what is a hospital"
            + "|qualif\\w* as a hospital",
            "hospital means|\\bhospital\\b.{0,40}(means|defined as)|in-?patient beds"),
    AMBULANCE("ambulance", "ambulance");

    private final Pattern query;
    private final Pattern passage;

    ClauseFamily(String queryPattern, String passagePattern) {
        this.query = Pattern.compile(queryPattern, Pattern.CASE_INSENSITIVE);
        this.passage = Pattern.compile(passagePattern, Pattern.CASE_INSENSITIVE);
    }

    /** Whether a question names this family. */
    public boolean namedBy(String question) {
        return query.matcher(question).find();
    }

    /** Whether a passage (heading and text) belongs to this family. */
    public boolean marks(String heading, String text) {
        return (heading != null && passage.matcher(heading).find()) || passage.matcher(text).find();
    }

    /** The families a question names, in declaration order. */
    public static List<ClauseFamily> namedIn(String question) {
        String q = question.toLowerCase(Locale.ROOT);
        return java.util.Arrays.stream(values()).filter(f -> f.namedBy(q)).toList();
    }
}
