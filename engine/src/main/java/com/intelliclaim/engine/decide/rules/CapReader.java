package com.intelliclaim.engine.decide.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the limits in a statement: a lead ("up to", "limit of", "restricted to", "maximum of", "not exceeding") followed
 * by an amount or a share of the sum insured, optionally a second one ("or INR 40,000", "subject to maximum of
 * Rs. 5,000"), "whichever is lower/higher", and what it is per ("per day", "per eye"). Each limit comes with its
 * subject: the words between the previous limit (or the start) and its lead.
 */
final class CapReader {
    private static final Pattern LEAD = Pattern.compile(
            "\\b(?:up\\s*to|upto|limit(?:ed)?\\s+(?:of|to)|restricted\\s+to|not\\s+exceed(?:ing)?|capped\\s+at"
                    + "|max(?:imum)?\\.?\\s+(?:limit\\s+)?(?:of|up\\s*to)|lower\\s+of)"
                    + "(?:\\s+(?:a\\s+)?(?:maximum|max\\.?)(?:\\s+of)?)?",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern SECOND = Pattern.compile(
            "\\G\\s*(?:/-)?\\s*,?\\s*(?:or|and|subject\\s+to\\s+(?:a\\s+)?max(?:imum)?\\.?(?:\\s+(?:limit\\s+)?of)?"
                    + "|max(?:imum)?\\.?(?:\\s+of)?)\\s*",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern WHICHEVER = Pattern.compile(
            "\\G[^.;]{0,30}?whichever\\s+is\\s+(?<w>lower|less|higher|greater|more)", Pattern.CASE_INSENSITIVE);
    private static final Pattern PER = Pattern.compile(
            "\\G[\\s,/-]*(?:whichever\\s+is\\s+\\w+\\s*,?\\s*)?(?:per\\s+(?:each\\s+)?|for\\s+each\\s+|each\\s+|a\\s+)"
                    + "(?<per>day|eye|hospitali[sz]ation|policy\\s+(?:year|period)|year|claim|event|surgery)\\b",
            Pattern.CASE_INSENSITIVE);

    private CapReader() {
    }

    /** A limit and the words it applies to. */
    record Found(Cap cap, String subject, int start, int end) {
    }

    /** The limits in {@code text} (one statement, cleaned), in order. */
    static List<Found> read(String text) {
        List<Found> found = new ArrayList<>();
        Matcher lead = LEAD.matcher(text);
        int consumed = 0;
        int subjectStart = 0;
        while (lead.find(consumed)) {
            Optional<ClauseAmounts.Value> first = ClauseAmounts.valueAt(text, lead.end());
            if (first.isEmpty()) {
                consumed = lead.end();
                continue;
            }
            ClauseAmounts.Value a = first.get();
            ClauseAmounts.Value b = null;
            int end = a.end();
            Matcher second = SECOND.matcher(text);
            if (second.find(end)) {
                Optional<ClauseAmounts.Value> next = ClauseAmounts.valueAt(text, second.end());
                if (next.isPresent() && next.get().isMoney() != a.isMoney()) {
                    b = next.get();
                    end = b.end();
                }
            }
            Cap.Per per = Cap.Per.CLAIM;
            Matcher perMatch = PER.matcher(text);
            if (perMatch.find(end)) {
                per = per(perMatch.group("per"));
                end = perMatch.end();
            }
            boolean higher = false;
            Matcher whichever = WHICHEVER.matcher(text);
            if (whichever.find(end)) {
                String w = whichever.group("w").toLowerCase(Locale.ROOT);
                higher = !w.equals("lower") && !w.equals("less");
                end = whichever.end();
            }
            if (per == Cap.Per.CLAIM && (perMatch = PER.matcher(text)).find(end)) {
                per = per(perMatch.group("per"));
                end = perMatch.end();
            }
            ClauseAmounts.Value money = a.isMoney() ? a : b;
            ClauseAmounts.Value share = a.isMoney() ? b : a;
            Cap cap = new Cap(money == null ? null : money.money(), share == null ? null : share.percentOfSumInsured(),
                    higher, per, text.substring(lead.start(), end).strip());
            found.add(new Found(cap, text.substring(subjectStart, lead.start()).strip(), lead.start(), end));
            consumed = end;
            subjectStart = end;
        }
        return found;
    }

    private static Cap.Per per(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        if (w.equals("day")) {
            return Cap.Per.DAY;
        }
        if (w.equals("eye")) {
            return Cap.Per.EYE;
        }
        return w.contains("year") || w.contains("period") ? Cap.Per.YEAR : Cap.Per.CLAIM;
    }
}
