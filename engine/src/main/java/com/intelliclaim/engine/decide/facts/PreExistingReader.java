package com.intelliclaim.engine.decide.facts;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads whether the condition is stated to be pre-existing: "pre-existing diabetes", "PED", "known case of
 * hypertension", "k/c/o", "diabetic since 2019", "diagnosed before the policy" are true; "no pre-existing disease",
 * "no PED", "no known illness", "not pre-existing", "no history of", "PED: nil" are false (a denial wins). Asking
 * about the rule ("waiting period for pre-existing diseases") states nothing.
 */
final class PreExistingReader {
    private static final String CHRONIC = "(?:diabet\\w*|hypertensi\\w*|asthma\\w*|thyroid\\w*|hypothyroid\\w*"
            + "|cardiac|heart disease|copd|epilep\\w*|arthritis|bp|sugar|kidney disease|ckd)";
    private static final Pattern DENIED = Pattern.compile("\\b(?:no|not|without|nil|non|never|none)(?: (?:any|a|an"
            + "|known|prior|previous|significant|other))*[- ]?(?:pre-? ?existing|ped\\b|known (?:case|disease|illness"
            + "|condition|comorbidit)|history of|past history|comorbidit|prior (?:illness|disease|condition))"
            + "|\\b(?:pre-? ?existing(?: diseases?| conditions?| illness)?(?: \\(ped\\))?|ped) ?[:=-] ?"
            + "(?:no|nil|none|n)\\b");
    private static final Pattern STATED = Pattern.compile("\\bpre-? ?existing\\b|\\bped\\b|\\bknown case of\\b"
            + "|\\bk/?c/?o\\b|\\bhistory of\\b|\\bdiagnosed (?:[a-z]+ ){0,4}?(?:before|prior to) (?:taking |buying "
            + "|the |my |this )*(?:polic(?:y|ies)|cover|insurance)|\\b(?:diabetic|hypertensive|asthmatic) for\\b"
            + "|\\b" + CHRONIC + " (?:since|for (?:the (?:last|past) )?\\d+ (?:years?|months?))");
    /** The rule, not the claim: "waiting period for pre-existing diseases", "pre-existing disease clause". */
    private static final Pattern ABOUT_THE_RULE = Pattern.compile("(?:waiting period|wait|cover(?:ed|age)?|exclusion"
            + "|limit|clause|definition)(?: [a-z]+){0,2} (?:for|of|on|under)(?: a| the| any)? $");
    private static final Pattern RULE_AFTER = Pattern.compile("^(?:-? ?(?:diseases?|conditions?|illness(?:es)?|"
            + "ailments?))?(?: \\(ped\\))? (?:waiting|exclusion|clause|definition|cover(?:age)? (?:after|begins))");

    Boolean read(ClaimText text) {
        String lower = text.lower();
        if (DENIED.matcher(lower).find()) {
            return false;
        }
        Matcher m = STATED.matcher(lower);
        int ruleEnd = Integer.MIN_VALUE;
        while (m.find()) {
            boolean rule = m.start() <= ruleEnd + 25      // "pre-existing diseases (PED)" names the rule twice
                    || ABOUT_THE_RULE.matcher(text.before(m.start(), 40)).find()
                    || RULE_AFTER.matcher(text.after(m.end(), 40)).find();
            if (!rule) {
                return true;
            }
            ruleEnd = m.end();
        }
        return null;
    }
}
