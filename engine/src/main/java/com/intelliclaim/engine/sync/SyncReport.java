package com.intelliclaim.engine.sync;

/**
 * What one sync pass moved. Sent: documents, decisions (overrides included) and notes written to the team database,
 * and how many files went to the document store (a file already there is not sent again); documents sent without
 * their original file (this data folder has no copy). Received: teammates' documents, decisions and notes stored
 * here; documents skipped because they were embedded with another model; decisions that could not be stored here
 * (for example a second override of one decision). {@code pending} is what the outbox still holds.
 */
public record SyncReport(int sentDocuments, int sentFiles, int sentWithoutFile, int sentDecisions, int sentNotes,
                         int receivedDocuments, int receivedDecisions, int receivedNotes, int skippedOtherModel,
                         int notStored, long pending) {

    /** Plain words, one line, for the command line and the status bar. */
    public String describe() {
        StringBuilder text = new StringBuilder("Sent " + sentDocuments + " documents (" + sentFiles + " files"
                + (sentWithoutFile > 0 ? ", " + sentWithoutFile + " without their original file" : "") + "), "
                + sentDecisions + " decisions, " + sentNotes + " notes; received " + receivedDocuments
                + " documents, " + receivedDecisions + " decisions, " + receivedNotes + " notes.");
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
