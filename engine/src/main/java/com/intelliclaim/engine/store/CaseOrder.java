package com.intelliclaim.engine.store;

import com.intelliclaim.engine.api.ClaimCase;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;

/**
 * Which of two versions of a case wins (last writer wins, the same on every machine and on the team's server): the
 * higher version, then the later update (to the microsecond, as PostgreSQL keeps it), then the greater analyst name.
 * Versions equal by all three are the same version.
 */
public final class CaseOrder {
    public static final Comparator<ClaimCase> WINNER = Comparator.comparingLong(ClaimCase::version)
            .thenComparing(k -> k.updatedAt().truncatedTo(ChronoUnit.MICROS))
            .thenComparing(ClaimCase::updatedBy);

    private CaseOrder() {
    }

    public static boolean same(ClaimCase a, ClaimCase b) {
        return WINNER.compare(a, b) == 0;
    }
}
