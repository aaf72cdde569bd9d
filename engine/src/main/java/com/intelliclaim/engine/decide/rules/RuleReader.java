package com.intelliclaim.engine.decide.rules;

import com.intelliclaim.engine.decide.InstructionText;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the rules of a set of passages: waiting periods, exclusions, limits, co-payments, named groups of treatments,
 * covers and general conditions. Statements that read like instructions are set aside, never read as rules.
 */
final class RuleReader {
    private static final Pattern WAITING_CUE = Pattern.compile("waiting period|excluded until|until the expiry of"
            + "|within\\s+[^.]{0,25}?days?\\s+(?:from|of)\\s+the\\s+(?:first\\s+)?(?:policy|date of (?:inception|commencement))"
            + "|covered after|continuously covered for|continuous(?:ly)? (?:coverage|cover|in force) (?:for|of)"
            + "|in force for");
    private static final Pattern NO_WAITING = Pattern.compile(
            "\\bno waiting period|without (?:any )?waiting period|waiting period\\s*(?:is\\s+)?(?::\\s*)?(?:nil|not applicable)");
    private static final Pattern NOTE = Pattern.compile("shall not,?\\s+(?:however,?\\s+)?apply|not be applicable"
            + "|shall apply afresh|reduced to the extent|longer of the two|even if contracted|in case of enhancement"
            + "|subject to the same being declared|made applicable to the enhanced|start afresh");
    private static final Pattern PRE_EXISTING = Pattern.compile("pre[- ]?existing|\\bped\\b");
    private static final Pattern ANY_ILLNESS = Pattern.compile("\\b(?:any|all)\\s+(?:illness|disease)");
    private static final Pattern FIRST_DAYS = Pattern.compile("first|commencement|inception");
    static final Pattern LIST_INTRO = Pattern.compile("listed conditions|as specified against|below mentioned"
            + "|following diseases|as per table|listed below|list of specific");
    private static final Pattern NEGATIVE = Pattern.compile(
            "\\b(?:not|never)\\s+(?:be\\s+)?(?:eligible|covered|payable|admissible|reimbursed|reimbursable|indemnified)"
                    + "|(?:shall|will|does|do|would)\\s+not\\s+(?:cover|pay|be\\s+liable|indemnify)"
                    + "|\\bexcluded\\b|\\bis\\s+an?\\s+exclusion\\b|\\bno\\s+cover\\b");
    private static final Pattern NOT_EXCLUDED = Pattern.compile("\\bnot\\s+(?:be\\s+)?excluded\\b");
    private static final Pattern EXCEPTION = Pattern.compile(
            "\\b(?:unless|except(?:\\s+for|\\s+when|\\s+where|\\s+in)?|other than|save for|excluding)\\b");
    private static final Pattern QUALIFIED = Pattern.compile("\\b(?:more than|less than|limited to|within|below"
            + "|above|beyond|exceeding|in excess of|outside|years? of age|that does not fulfil)\\b");
    private static final Pattern NETWORK = Pattern.compile(
            "outside (?:the |our )?network|non[- ]?network|not (?:a |in (?:the |our )?)?network|out[- ]of[- ]network");
    private static final Pattern ANY_TREATMENT = Pattern.compile(
            "\\bany\\s+(?:covered\\s+)?(?:procedure|treatment|illness|claim|hospitali[sz]ation)|\\ball\\s+claims|\\beach\\s+claim");
    private static final Pattern CO_PAY = Pattern.compile(
            "(?<p1>\\d{1,2}(?:\\.\\d+)?)\\s*%\\s*(?:base\\s+|mandatory\\s+)?co-?pay|co-?pay(?:ment)?s?\\s+(?:of\\s+)?(?<p2>\\d{1,2}(?:\\.\\d+)?)\\s*%");
    private static final Pattern OPTIONAL = Pattern.compile(
            "optional|opt(?:ed)?\\s+for|discount|may choose|as opted|voluntary|if opted|without (?:any )?co-?pay|no co-?pay");
    private static final Pattern ZONE = Pattern.compile("\\bzone\\s+(iv|i{1,3}|[a-d]|\\d)\\b");
    private static final Pattern CATEGORY = Pattern.compile(
            "^(?:[\\d.]+\\s+)?(?<name>[A-Za-z][A-Za-z /-]{2,40}?)\\s*\\((?<members>[^)]{3,})\\)\\s*:");
    private static final Pattern COVER = Pattern.compile("shall indemnify|will indemnify|we will pay|shall pay|will cover"
            + "|shall cover|is covered|are covered|shall be covered|will be covered|covered up to|eligible for"
            + "|is payable|are payable|shall be payable|shall be admissible");
    private static final Pattern DOCUMENTS = Pattern.compile(
            "documents?\\s+(?:to be\\s+)?submitted|following documents|supported (?:with|by) the following");
    private static final Pattern NOTIFY = Pattern.compile("(?:notif|intimat)\\w*.{0,80}within\\s+\\S+\\s+(?:\\(\\S+\\)\\s+)?(?:hours|days)");
    private static final Pattern PROPORTION = Pattern.compile(
            "same proportion|proportionate(?:ly)?\\s+deduct|proportionate payment|proportionate deductions?");
    private static final Pattern CITY_LIST = Pattern.compile("^[A-Z][a-z]+(?: [A-Z][a-z]+)?:\\s+\\S");
    private static final Pattern ACCIDENT_EXEMPT = Pattern.compile(
            "(?:not be applicable|shall not apply|except|excluding|other than|unless|waived)[^.]{0,60}accident");
    private static final Pattern WAIVER = Pattern.compile("shall not,?\\s+(?:however,?\\s+)?apply if.{0,80}"
            + "continuous(?:ly)? cover\\w*\\s+for\\s+more\\s+than\\s+(.{0,30})");
    private static final Pattern LEAD_IN = Pattern.compile(
            "^(?:we|the company|the insurer)\\s+(?:will|shall)\\s+not\\s+(?:cover|pay|be liable)\\b");

    private final ProcedureMatcher matcher;

    RuleReader(ProcedureMatcher matcher) {
        this.matcher = matcher;
    }

    Rules.Read read(List<StatementSplitter.Reading> readings) {
        Collector c = new Collector();
        for (StatementSplitter.Reading reading : readings) {
            boolean accidentExempt = reading.statements().stream().anyMatch(s -> ACCIDENT_EXEMPT.matcher(s.lower()).find());
            WaitingTime waiver = waiver(reading);
            String topic = topicOf(reading.hit().heading());
            for (Statement s : reading.statements()) {
                c.statements++;
                if (s.title()) {
                    topic = s.text();
                    continue;
                }
                if (InstructionText.readsLikeInstruction(s.lower())) {
                    c.ignored.add(s);
                    continue;
                }
                readStatement(s, topic, reading.itemsList(), accidentExempt, waiver, c);
            }
        }
        List<Rules.Waiting> waiting = c.waiting.stream().map(w -> w.time() == null ? ListLengths.infer(w, readings) : w).toList();
        return new Rules.Read(waiting, c.exclusions, c.network, c.limits, c.coPayments, c.categories, c.covers,
                c.conditions, c.ignored, ListLengths.openLists(readings, c.waiting), c.statements);
    }

    private void readStatement(Statement s, String topic, boolean itemsList, boolean accidentExempt, WaitingTime waiver,
                               Collector c) {
        String lower = s.lower();
        String subject = matcher.namesTreatment(s.text()) ? s.text() : topic + " - " + s.text();
        category(s).ifPresent(c.categories::add);
        coPayment(s).ifPresent(c.coPayments::add);
        conditions(s, c.conditions);
        if (itemsList) {
            return;
        }
        readLimits(s, topic, c.limits);
        if (NOTE.matcher(lower).find()) {
            return;
        }
        Optional<Rules.Waiting> waiting = waiting(s, subject, accidentExempt, waiver);
        if (waiting.isPresent()) {
            c.waiting.add(waiting.get());
            return;
        }
        if (NETWORK.matcher(lower).find() && (s.context().section() == Section.EXCLUSION || NEGATIVE.matcher(lower).find())) {
            c.network.add(new Rules.NetworkOnly(s));
            return;
        }
        boolean leadIn = s.text().endsWith(":") || s.text().endsWith(": -") || LEAD_IN.matcher(lower).find()
                && s.text().split("\\s+").length <= 12;
        boolean negative = NEGATIVE.matcher(lower).find() && !NOT_EXCLUDED.matcher(lower).find();
        if (!leadIn && (negative || (s.context().section() == Section.EXCLUSION && !COVER.matcher(lower).find()))) {
            // an exclusion excludes what it names itself: the clause title is not borrowed
            exclusion(s, s.text(), c);
            return;
        }
        if (s.context().section() == Section.WAITING && !ANY_ILLNESS.matcher(lower).find()) {
            String[] parts = split(subject);
            c.waiting.add(new Rules.Waiting(s, Rules.Scope.SPECIFIC, s.context().duration(),
                    s.context().durationSource(), parts[0], parts[1], accidentExempt || exemptsAccident(parts[1]),
                    null, false));
            return;
        }
        if (COVER.matcher(lower).find()) {
            boolean hospitalisation = lower.contains("hospitali") && (lower.contains("expenses") || lower.contains("indemnif"))
                    && !matcher.namesTreatment(s.text());
            c.covers.add(new Rules.Cover(s, hospitalisation));
        }
    }

    private Optional<Rules.Waiting> waiting(Statement s, String subject, boolean accidentExempt, WaitingTime waiver) {
        String lower = s.lower();
        String[] parts = split(subject);
        boolean exempt = accidentExempt || exemptsAccident(parts[1]);
        if (NO_WAITING.matcher(lower).find()) {
            return Optional.of(new Rules.Waiting(s, Rules.Scope.NONE, new WaitingTime(0, WaitingTime.Unit.DAYS), null,
                    parts[0], parts[1], exempt, null, false));
        }
        List<ClauseDurations.Found> times = ClauseDurations.all(lower);
        if (!WAITING_CUE.matcher(lower).find() || times.isEmpty() || LIST_INTRO.matcher(lower).find()) {
            return Optional.empty();
        }
        WaitingTime time = times.get(0).time();
        Rules.Scope scope;
        if (PRE_EXISTING.matcher(lower).find()) {
            scope = Rules.Scope.PRE_EXISTING;
            time = times.stream().map(ClauseDurations.Found::time).max(java.util.Comparator.comparingDouble(WaitingTime::months))
                    .orElse(time);
        } else if (ANY_ILLNESS.matcher(lower).find() && FIRST_DAYS.matcher(lower).find()) {
            scope = Rules.Scope.INITIAL;
        } else {
            scope = Rules.Scope.SPECIFIC;
        }
        return Optional.of(new Rules.Waiting(s, scope, time, null, parts[0], parts[1], exempt,
                scope == Rules.Scope.INITIAL ? waiver : null, false));
    }

    private void exclusion(Statement s, String subject, Collector c) {
        String[] parts = split(subject);
        if (QUALIFIED.matcher(parts[0].toLowerCase(java.util.Locale.ROOT)).find()) {
            c.conditions.add(new Rules.Condition(s, Rules.Condition.Kind.QUALIFIED_EXCLUSION));
            return;
        }
        c.exclusions.add(new Rules.Exclusion(s, parts[0], parts[1]));
    }

    private void readLimits(Statement s, String topic, List<Rules.Limit> limits) {
        for (CapReader.Found found : CapReader.read(s.text())) {
            String subject = found.subject().isBlank() || !matcher.namesTreatment(found.subject())
                    ? topic + " - " + found.subject() : found.subject();
            String lower = subject.toLowerCase(java.util.Locale.ROOT);
            limits.add(new Rules.Limit(s, found.cap(), subject, AgeCondition.in(lower).orElse(null),
                    ANY_TREATMENT.matcher(s.lower()).find()));
        }
    }

    private Optional<Rules.CoPayment> coPayment(Statement s) {
        Matcher m = CO_PAY.matcher(s.lower());
        if (!m.find() || OPTIONAL.matcher(s.lower()).find()) {
            return Optional.empty();
        }
        BigDecimal percent = new BigDecimal(m.group("p1") != null ? m.group("p1") : m.group("p2"));
        Matcher zone = ZONE.matcher(s.lower());
        String before = s.text().substring(0, Math.min(s.text().length(), m.start()));
        return Optional.of(new Rules.CoPayment(s, percent, AgeCondition.in(s.lower()).orElse(null),
                zone.find() ? "Zone " + zone.group(1).toUpperCase(java.util.Locale.ROOT) : null,
                matcher.namesTreatment(before)));
    }

    private static Optional<Rules.Category> category(Statement s) {
        Matcher m = CATEGORY.matcher(s.text());
        return m.find() ? Optional.of(new Rules.Category(s, m.group("name").strip(), m.group("members")))
                : Optional.empty();
    }

    private static void conditions(Statement s, List<Rules.Condition> conditions) {
        String lower = s.lower();
        if (DOCUMENTS.matcher(lower).find()) {
            conditions.add(new Rules.Condition(s, Rules.Condition.Kind.DOCUMENTS));
        } else if (NOTIFY.matcher(lower).find()) {
            conditions.add(new Rules.Condition(s, Rules.Condition.Kind.NOTIFICATION));
        } else if (PROPORTION.matcher(lower).find()) {
            conditions.add(new Rules.Condition(s, Rules.Condition.Kind.PROPORTIONATE_DEDUCTION));
        } else if (CITY_LIST.matcher(s.text()).find()) {
            conditions.add(new Rules.Condition(s, Rules.Condition.Kind.NETWORK_LIST));
        }
    }

    /** Splits "X unless Y" into {X, Y}; Y is null when there is no exception. */
    static String[] split(String text) {
        Matcher m = EXCEPTION.matcher(text.toLowerCase(java.util.Locale.ROOT));
        if (!m.find() || m.start() == 0) {
            return new String[] {text, null};
        }
        return new String[] {text.substring(0, m.start()).strip(), text.substring(m.start()).strip()};
    }

    static boolean exemptsAccident(String exception) {
        return exception != null && exception.toLowerCase(java.util.Locale.ROOT).matches("(?s).*\\b(accident|injur).*");
    }

    private static WaitingTime waiver(StatementSplitter.Reading reading) {
        for (Statement s : reading.statements()) {
            Matcher m = WAIVER.matcher(s.lower());
            if (m.find()) {
                List<ClauseDurations.Found> times = ClauseDurations.all(m.group(1));
                if (!times.isEmpty()) {
                    return times.get(0).time();
                }
            }
        }
        return null;
    }

    private static String topicOf(String heading) {
        if (heading == null || heading.isBlank()) {
            return "";
        }
        String[] parts = heading.split(" > ");
        return parts[parts.length - 1].strip();
    }

    private static final class Collector {
        final List<Rules.Waiting> waiting = new ArrayList<>();
        final List<Rules.Exclusion> exclusions = new ArrayList<>();
        final List<Rules.NetworkOnly> network = new ArrayList<>();
        final List<Rules.Limit> limits = new ArrayList<>();
        final List<Rules.CoPayment> coPayments = new ArrayList<>();
        final List<Rules.Category> categories = new ArrayList<>();
        final List<Rules.Cover> covers = new ArrayList<>();
        final List<Rules.Condition> conditions = new ArrayList<>();
        final List<Statement> ignored = new ArrayList<>();
        int statements;
    }
}
