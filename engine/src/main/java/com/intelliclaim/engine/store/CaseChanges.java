package com.intelliclaim.engine.store;

import com.intelliclaim.engine.api.CaseChange;
import com.intelliclaim.engine.api.ClaimCase;
import java.util.ArrayList;
import java.util.List;

/** Says what made each version of a case: its creation, the note stored with it, else the fields that differ. */
final class CaseChanges {
    private CaseChanges() {
    }

    /**
     * @param versions every version of one case, oldest first
     * @param notes    the stored change notes, each with its version (attaching or detaching a document)
     */
    static List<CaseChange> of(List<ClaimCase> versions, List<CaseVersionNote> notes) {
        List<CaseChange> changes = new ArrayList<>();
        ClaimCase before = null;
        for (ClaimCase version : versions) {
            String note = CaseVersionNote.of(notes, version);
            String what = note != null ? note : before == null ? "Created" : fieldsChanged(before, version);
            changes.add(new CaseChange(version.version(), version.updatedAt(), version.updatedBy(), what));
            before = version;
        }
        return changes;
    }

    private static String fieldsChanged(ClaimCase before, ClaimCase after) {
        List<String> parts = new ArrayList<>();
        if (!before.claimNumber().equals(after.claimNumber())) {
            parts.add("the claim number to " + after.claimNumber());
        }
        if (!before.claimant().equals(after.claimant())) {
            parts.add("the claimant");
        }
        if (!before.policyNumber().equals(after.policyNumber())) {
            parts.add("the policy number");
        }
        if (before.status() != after.status()) {
            parts.add("the status to " + after.status().label());
        }
        if (parts.isEmpty()) {
            return "Saved without changes";
        }
        String last = parts.remove(parts.size() - 1);
        return "Changed " + (parts.isEmpty() ? last : String.join(", ", parts) + " and " + last);
    }
}
