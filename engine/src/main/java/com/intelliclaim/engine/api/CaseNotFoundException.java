package com.intelliclaim.engine.api;

/** No case has the id (or claim number) asked for; the message names it. */
public final class CaseNotFoundException extends EngineException {
    public CaseNotFoundException(String idOrClaimNumber) {
        super("No case has the id or claim number '" + idOrClaimNumber + "'. The case list shows every case.");
    }
}
