package com.intelliclaim.engine.decide.facts;

import com.intelliclaim.engine.api.Gender;

/**
 * An age read from a claim and where (in {@code ClaimText.lower}) its mention starts.
 *
 * @param gender the gender when the same mention states it ("46M"), else null
 */
record AgeMention(int age, int position, Gender gender) {
    /** The earlier of two mentions, either of which may be null. */
    static AgeMention earlier(AgeMention a, AgeMention b) {
        if (a == null) {
            return b;
        }
        return b == null || a.position() <= b.position() ? a : b;
    }
}
