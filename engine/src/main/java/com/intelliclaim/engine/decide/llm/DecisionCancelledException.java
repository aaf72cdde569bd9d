package com.intelliclaim.engine.decide.llm;

import com.intelliclaim.engine.api.EngineException;

/** The analyst cancelled (the deciding thread was interrupted) while the model was being asked; nothing was decided. */
public final class DecisionCancelledException extends EngineException {
    public DecisionCancelledException() {
        super("The decision was cancelled before the model answered; nothing was decided.");
    }
}
