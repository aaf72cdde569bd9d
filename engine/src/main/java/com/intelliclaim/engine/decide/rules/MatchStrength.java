package com.intelliclaim.engine.decide.rules;

/** How directly a clause names the claimed procedure. */
public enum MatchStrength {
    /** The clause names the procedure or a synonym ("cataract", "phaco"; "delivery", "maternity"). */
    EXACT,
    /** The clause covers it only by a general class ("any surgery" for a knee surgery). */
    GENERAL,
    /** The clause does not speak of it. */
    NONE
}
