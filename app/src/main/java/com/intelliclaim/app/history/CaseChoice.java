package com.intelliclaim.app.history;

import com.intelliclaim.engine.api.ClaimCase;
import com.intelliclaim.engine.api.DecisionRecord;
import java.util.Objects;

/**
 * A choice of the History screen's case filter: every decision ({@link #ALL}), those asked outside any case
 * ({@link #NO_CASE}), or those asked in one case.
 *
 * @param caseId the case's id; null for every decision, "" for decisions asked outside any case
 * @param label  what the filter shows
 */
public record CaseChoice(String caseId, String label) {
    public static final CaseChoice ALL = new CaseChoice(null, "Every case");
    public static final CaseChoice NO_CASE = new CaseChoice("", "Outside any case");

    public CaseChoice {
        Objects.requireNonNull(label, "label");
    }

    /** The choice of one case, labelled by its claim number and claimant. */
    public static CaseChoice of(ClaimCase claimCase) {
        return new CaseChoice(claimCase.id(), "Case " + claimCase.claimNumber()
                + (claimCase.claimant().isEmpty() ? "" : " — " + claimCase.claimant()));
    }

    /** True when the decision passes this choice. */
    public boolean matches(DecisionRecord record) {
        if (caseId == null) {
            return true;
        }
        return caseId.isEmpty() ? record.caseId() == null : caseId.equals(record.caseId());
    }

    /** True when both choose the same decisions, whatever their labels (a case's claimant may change). */
    boolean sameAs(CaseChoice other) {
        return other != null && Objects.equals(caseId, other.caseId);
    }

    @Override
    public String toString() {
        return label;
    }
}
