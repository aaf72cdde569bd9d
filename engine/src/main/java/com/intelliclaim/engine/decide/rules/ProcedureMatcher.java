package com.intelliclaim.engine.decide.rules;

import java.util.List;

/**
 * Says whether a clause speaks of the claimed procedure or diagnosis. The rules adjudicator asks nothing else about
 * medical words, so a richer vocabulary can replace {@link KeywordProcedureMatcher} without touching the rules.
 */
public interface ProcedureMatcher {

    /**
     * How directly {@code text} (a clause, a list item, the subject of a limit) names {@code procedure} (the claim's
     * procedure or diagnosis as the analyst sees it, e.g. "cataract surgery"). A null or blank procedure matches
     * nothing. Deterministic and thread-safe.
     */
    MatchStrength match(String procedure, String text);

    /**
     * Whether {@code text} names a treatment or condition of its own ("dental related covers"), so that a rule written
     * there applies to that treatment only rather than to every claim. Deterministic and thread-safe.
     */
    boolean namesTreatment(String text);

    /**
     * The names, in lower case, policy wordings give the treatment families {@code procedure} belongs to ("joint
     * replacement" for a knee replacement), for searching a policy whose waiting-period and exclusion lists name the family rather than
     * the claimed procedure; empty when no family is known or the procedure is null or blank. Deterministic and
     * thread-safe.
     */
    List<String> familyNames(String procedure);
}
