package com.intelliclaim.app.cases;

import com.intelliclaim.engine.api.ClaimCase;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/**
 * The claim case the analyst is working in: the Cases screen sets it ("Ask in this case"), the Ask screen limits
 * retrieval to its documents and files its decisions under it until cleared. One per window; used on the UI thread.
 */
public final class ActiveCase {
    private final ReadOnlyObjectWrapper<ClaimCase> current = new ReadOnlyObjectWrapper<>();

    /** The active case, or null when questions are asked outside any case. */
    public ReadOnlyObjectProperty<ClaimCase> currentProperty() {
        return current.getReadOnlyProperty();
    }

    public ClaimCase get() {
        return current.get();
    }

    public void set(ClaimCase claimCase) {
        current.set(claimCase);
    }

    /** Asks outside any case from now on. */
    public void clear() {
        current.set(null);
    }

    /** "Case CLM-1 · Meera Iyer" for a banner; "" when there is none. */
    public static String describe(ClaimCase k) {
        if (k == null) {
            return "";
        }
        return "Case " + k.claimNumber() + (k.claimant().isEmpty() ? "" : " · " + k.claimant());
    }
}
