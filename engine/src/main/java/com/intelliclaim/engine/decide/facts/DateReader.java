package com.intelliclaim.engine.decide.facts;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the dates a claim states — 15/03/2025 (day first, as in India), 2025-03-15, 15 Mar 2025, March 15, 2025,
 * and March 2025 (day unknown) — and tells by the nearest word before each whether it is the admission ("admitted",
 * "DOA", "surgery"), the policy's start ("policy", "inception", "insured since"), the claimant's birth ("born", "DOB")
 * or something else ("discharged", "renewed").
 */
final class DateReader {
    private static final String MONTH = "(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?"
            + "|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?";
    private static final List<Format> FORMATS = List.of(
            new Format("\\b(\\d{4})-(\\d{1,2})-(\\d{1,2})\\b", 3, 2, 1),
            new Format("\\b(\\d{1,2})[/.-](\\d{1,2})[/.-](\\d{4}|\\d{2})\\b", 1, 2, 3),
            new Format("\\b(\\d{1,2})(?:st|nd|rd|th)?(?: of)? ?-? ?" + MONTH + ",? ?-? ?(\\d{4})\\b", 1, 2, 3),
            new Format("\\b" + MONTH + " ?(\\d{1,2})(?:st|nd|rd|th)?,? (\\d{4})\\b", 2, 1, 3),
            new Format("\\b" + MONTH + ",? ?(\\d{4})\\b", 0, 1, 2));
    private static final Pattern CUE = Pattern.compile("\\b(?:(?<admission>admitted|admission|hospitali[sz]\\w*"
            + "|doa|operated|underwent|deliver\\w*|surger(?:y|ies)|treated|treatment|procedure|hospital)"
            + "|(?<policy>polic(?:y|ies)|inception|commence\\w*|doi|risk start|insured|insurance|cover(?:ed|age)?"
            + "|mediclaim|enrolled|joined)"
            + "|(?<birth>born|birth|dob)"
            + "|(?<other>discharg\\w*|dod|renew\\w*|diagnos\\w*|claim\\w*|filed|intimat\\w*))\\b");
    private static final List<String> MONTHS = List.of("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep",
            "oct", "nov", "dec");

    enum Role { ADMISSION, POLICY_START, BIRTH, OTHER }

    /** A date read; when {@code dayKnown} is false it stands for its whole month and {@code date} is the 1st. */
    record Mention(LocalDate date, boolean dayKnown, Role role) {
    }

    /** The dates in {@code text}, in the order they are written. */
    List<Mention> read(ClaimText text) {
        List<int[]> spans = new ArrayList<>();
        List<Mention> mentions = new ArrayList<>();
        for (Format format : FORMATS) {
            Matcher m = format.pattern.matcher(text.lower());
            while (m.find()) {
                int start = m.start();
                int end = m.end();
                if (spans.stream().noneMatch(s -> start < s[1] && end > s[0])) {
                    LocalDate date = format.date(m);
                    if (date != null) {
                        spans.add(new int[] {start, end, mentions.size()});
                        mentions.add(new Mention(date, format.day > 0, role(text, start)));
                    }
                }
            }
        }
        return spans.stream().sorted(Comparator.comparingInt(s -> s[0])).map(s -> mentions.get(s[2])).toList();
    }

    private static Role role(ClaimText text, int start) {
        Matcher cue = CUE.matcher(text.before(start, 50));
        Role role = Role.OTHER;
        while (cue.find()) {
            role = cue.group("admission") != null ? Role.ADMISSION
                    : cue.group("policy") != null ? Role.POLICY_START
                    : cue.group("birth") != null ? Role.BIRTH : Role.OTHER;
        }
        return role;
    }

    /** A way of writing a date; the numbers are its groups for day (0 when not written), month and year. */
    private record Format(Pattern pattern, int day, int month, int year) {
        Format(String regex, int day, int month, int year) {
            this(Pattern.compile(regex), day, month, year);
        }

        LocalDate date(Matcher m) {
            String monthText = m.group(month);
            int monthValue = Character.isDigit(monthText.charAt(0)) ? Integer.parseInt(monthText)
                    : MONTHS.indexOf(monthText.substring(0, 3)) + 1;
            int dayValue = day == 0 ? 1 : Integer.parseInt(m.group(day));
            int yearValue = Integer.parseInt(m.group(year));
            yearValue = yearValue < 100 ? 2000 + yearValue : yearValue;
            if (day > 0 && monthValue > 12 && dayValue <= 12 && Character.isDigit(monthText.charAt(0))) {
                int swap = dayValue;        // 03/15/2025 can only be month first
                dayValue = monthValue;
                monthValue = swap;
            }
            try {
                return yearValue < 1900 || yearValue > 2100 ? null : LocalDate.of(yearValue, monthValue, dayValue);
            } catch (DateTimeException e) {
                return null;        // not a date after all ("31/02/2025"): the text is read as it stands
            }
        }
    }
}
