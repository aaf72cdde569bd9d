package com.intelliclaim.engine.decide.facts;

import java.util.regex.Pattern;

/**
 * Reads whether the hospital is in the insurer's network. A denial wins: "non-network", "out of network", "not a
 * network hospital", "not empanelled", "not cashless" are all false, even beside the word "network"; "network
 * hospital", "in-network", "empanelled", "cashless" are true — but "reimbursed or cashless?" asks, not states.
 */
final class NetworkReader {
    private static final Pattern OUTSIDE = Pattern.compile("\\bnon-? ?(?:network|empanel\\w*|ppn|cashless)\\b"
            + "|\\bnetwork(?: hospital)? ?[:=-] ?(?:no|n)\\b"
            + "|\\b(?:out of|outside)(?: (?:the|its|their|my|our|insurer's|insurers'?))?(?: [a-z]+)? network\\b"
            + "|\\b(?:not|isn't|wasn't|no|never)(?: (?:a|an|the|in|on|part|of|within|its|their|our|my|listed"
            + "|insurer's|insurers'?|company's))* (?:network|empanel\\w*|cashless|ppn)\\b");
    private static final Pattern INSIDE = Pattern.compile("\\bnetwork (?:hospital|provider|facility|clinic)s?\\b"
            + "|\\bin-? ?network\\b|\\b(?:within|part of|in) (?:the |its |their |our |insurer's )?network\\b"
            + "|\\bnetwork(?: hospital)? ?[:=-] ?(?:yes|y)\\b|\\bempanel\\w*|\\bppn\\b"
            + "|(?<!\\bor |non-)\\bcashless\\b(?! or\\b)");

    Boolean read(ClaimText text) {
        if (OUTSIDE.matcher(text.lower()).find()) {
            return false;
        }
        return INSIDE.matcher(text.lower()).find() ? true : null;
    }
}
