package com.intelliclaim.engine.sync;

/**
 * What one sync pass moved. Sent: documents, decisions (overrides included) and notes written to the team database,
 * and how many files went to the document store (a file already there is not sent again); documents sent without
 * their original file (this data folder has no copy). Received: teammates' documents, decisions and notes stored
 * here; documents skipped because they were embedded with another model; decisions that could not be stored here
 * (for example a second override of one decision).
 * {@code pending} is what the outbox still holds.
 */
public record SyncReport(int sentDocuments, int sentFiles, int sentWithoutFile, int sentDecisions, int sentNotes,
                         int receivedDocuments, int receivedDecisions, int receivedNotes, int skippedOtherModel,
                         int notStored, long pending, Cases cases, Removals removals) {

    /**
     * Cases and their documents sent and received; {@code conflictsKeptHere}: teammates' versions that lost to the
     * version here (kept in the case history); {@code waiting}: teammates' cases waiting here after the pass because
     * another case here has their claim number (see {@link SyncStatus#waitingCases()}).
     */
    public record Cases(int sent, int sentDocumentLinks, int received, int receivedDocumentLinks,
                        int conflictsKeptHere, int waiting) {
        boolean any() {
            return sent + sentDocumentLinks + received + receivedDocumentLinks + conflictsKeptHere + waiting > 0;
        }
    }

    /** Removals sent; teammates' removals applied here, and kept (a case or decision here needs the document). */
    public record Removals(int sent, int applied, int kept) {
        boolean any() {
            return sent + applied + kept > 0;
        }
    }

    /** Plain words, one line, for the command line and the status bar. */
    public String describe() {
        StringBuilder text = new StringBuilder("Sent " + sentDocuments + " documents (" + sentFiles + " files"
                + (sentWithoutFile > 0 ? ", " + sentWithoutFile + " without their original file" : "") + "), "
                + sentDecisions + " decisions, " + sentNotes + " notes; received " + receivedDocuments
                + " documents, " + receivedDecisions + " decisions, " + receivedNotes + " notes.");
        if (cases.any()) {
            text.append(" Cases: sent ").append(cases.sent()).append(" (").append(cases.sentDocumentLinks())
                    .append(" document links), received ").append(cases.received()).append(" (")
                    .append(cases.receivedDocumentLinks()).append(" document links)");
            if (cases.conflictsKeptHere() > 0) {
                text.append(", ").append(cases.conflictsKeptHere()).append(" teammates' versions kept in history");
            }
            if (cases.waiting() > 0) {
                text.append(", ").append(cases.waiting()).append(cases.waiting() == 1 ? " waits" : " wait")
                        .append(" here (claim number used by another case here)");
            }
            text.append('.');
        }
        if (removals.any()) {
            text.append(" Removals: sent ").append(removals.sent()).append(", applied ").append(removals.applied())
                    .append(", kept ").append(removals.kept()).append(" (needed by a case or decision here, or"
                    + " ingested here).");
        }
        if (skippedOtherModel > 0) {
            text.append(' ').append(skippedOtherModel).append(" documents were embedded with another model and were"
                    + " not taken.");
        }
        if (notStored > 0) {
            text.append(' ').append(notStored).append(" team decisions could not be stored here (see the log).");
        }
        text.append(pending == 0 ? " Nothing left to send." : " " + pending + " changes still to send.");
        return text.toString();
    }
}
