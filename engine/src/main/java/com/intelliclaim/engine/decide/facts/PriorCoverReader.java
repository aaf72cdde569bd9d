package com.intelliclaim.engine.decide.facts;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the months of earlier continuous cover carried over (portability): "ported from X after 3 years",
 * "continuous cover for 24 months", "previous policy 2 years", "18 months of prior coverage", "4 years with the
 * previous insurer". Counted in years and months only, and never a time ago ("ported 2 months ago").
 */
final class PriorCoverReader {
    private static final String NOT_AGO = "(?! ?-? ?old\\b)(?! (?:ago|back)\\b)";
    private static final Pattern CUE_THEN_LENGTH = Pattern.compile("\\b(?:port(?:ed|ing|ability)|migrat\\w*"
            + "|switched|continuous(?:ly)?|uninterrupted|previous(?:ly)?|prior|earlier|former|old (?:policy|insurer))"
            + "\\b[^.;\\d]{0,50}?\\b" + Durations.LONG_DURATION + NOT_AGO);
    private static final Pattern LENGTH_THEN_CUE = Pattern.compile("\\b" + Durations.LONG_DURATION
            + "(?:'s?)? (?:of )?(?:(?:continuous|uninterrupted|prior|previous|earlier) (?:cover|coverage|insurance"
            + "|polic(?:y|ies)|renewals?)|(?:with|under|at) (?:the |my |a |an )?(?:previous|earlier|old|prior|former)"
            + "|continuity)\\b");
    private static final Pattern NOT_COVER = Pattern.compile("\\b(?:waiting|wait|hospitali[sz]\\w*|admitted|admission"
            + "|stay|symptoms?|diagnos\\w*|suffering|history)\\b");

    Integer read(ClaimText text) {
        Matcher m = LENGTH_THEN_CUE.matcher(text.lower());
        if (m.find()) {
            return Durations.months(m, 1);
        }
        m = CUE_THEN_LENGTH.matcher(text.lower());
        while (m.find()) {
            String between = text.lower().substring(m.start(), m.start(1));
            if (!NOT_COVER.matcher(between).find()) {
                return Durations.months(m, 1);
            }
        }
        return null;
    }
}
