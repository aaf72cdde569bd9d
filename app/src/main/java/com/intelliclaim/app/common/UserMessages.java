package com.intelliclaim.app.common;

import com.intelliclaim.engine.api.EngineException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Turns a failure into words for the analyst: the engine's own message, or a generic one with the cause logged. */
public final class UserMessages {
    private static final Logger log = LoggerFactory.getLogger(UserMessages.class);

    private UserMessages() {
    }

    public static String of(Throwable e) {
        Throwable t = e;
        while (t != null) {
            if (t instanceof EngineException) {
                return t.getMessage();
            }
            t = t.getCause();
        }
        log.error("Unexpected failure", e);
        return "Something unexpected went wrong; the details are in the log file in " + AppLogging.folderDescription()
                + ".";
    }
}
