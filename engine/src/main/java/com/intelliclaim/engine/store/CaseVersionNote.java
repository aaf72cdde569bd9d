package com.intelliclaim.engine.store;

import com.intelliclaim.engine.api.ClaimCase;
import java.util.List;
import java.util.Objects;

/**
 * What made one version of a case when its fields do not show it ("Attached policy.pdf"). Two analysts can both make
 * version n of a case, so a note belongs to one version by one analyst at one time ({@link CaseOrder#same}), not to a
 * version number.
 */
public record CaseVersionNote(ClaimCase version, String note) {
    public CaseVersionNote {
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(note, "note");
    }

    /** The note of {@code version} among {@code notes}; null when it has none. */
    static String of(List<CaseVersionNote> notes, ClaimCase version) {
        for (CaseVersionNote n : notes) {
            if (CaseOrder.same(n.version(), version)) {
                return n.note();
            }
        }
        return null;
    }
}
