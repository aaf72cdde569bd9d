package com.intelliclaim.engine.decide.rules;

import com.intelliclaim.engine.api.Citation;
import com.intelliclaim.engine.api.Outcome;
import com.intelliclaim.engine.decide.Adjudication;
import com.intelliclaim.engine.decide.Adjudicator;
import com.intelliclaim.engine.decide.ClaimContext;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The offline adjudicator: reads the waiting periods, exclusions, limits and co-payments of the retrieved clauses,
 * holds the claim's facts against them and decides. A rule that names the procedure outranks one that covers it only
 * by class ("any surgery"); an exclusion or an unserved waiting period rejects; a missing fact that decides (the policy
 * age when a waiting period applies) or a policy age exactly equal to the waiting period asks for review; otherwise a
 * clause that covers the claim approves it, with the payable amount. Text in a passage that reads like an instruction
 * is set aside and said so. Stateless apart from its matcher; thread-safe.
 */
public final class RulesAdjudicator implements Adjudicator {
    /** The version of these rules, recorded with every decision. */
    public static final String VERSION = "rules-1";
    private static final int MAX_CITATIONS = 8;
    private static final java.util.regex.Pattern SURGERY = java.util.regex.Pattern.compile(
            "surg|ectom|otom|plast|replacement|operat|transplant|implant");

    private final ProcedureMatcher matcher;

    public RulesAdjudicator() {
        this(new KeywordProcedureMatcher());
    }

    /** With another way of matching procedures to clause words (a richer vocabulary). */
    public RulesAdjudicator(ProcedureMatcher matcher) {
        this.matcher = Objects.requireNonNull(matcher, "matcher");
    }

    @Override
    public Adjudication adjudicate(ClaimContext context) {
        AuditLog audit = new AuditLog();
        Claim claim = new Claim(context.facts(), context.query(), context.today());
        Rules.Read rules = new RuleReader(matcher).read(context.passages().stream().map(StatementSplitter::read).toList());
        audit.step("rules: read clauses", summary(context.passages().size(), rules));
        Relevance relevance = new Relevance(matcher, claim.procedure(), rules.categories());
        WaitingCheck.Result waiting = new WaitingCheck(claim, relevance).check(rules.waiting());
        audit.step("rules: waiting periods", joined(waiting.log(), "none applies to the claim"));
        ExclusionCheck.Result exclusions = new ExclusionCheck(claim, relevance).check(rules);
        audit.step("rules: exclusions", joined(exclusions.log(), "none applies"));
        Verdict verdict = decide(claim, rules, relevance, Stream.concat(waiting.findings().stream(),
                exclusions.findings().stream()).toList());
        Payable.Result payable = verdict.outcome == Outcome.APPROVED
                ? new Payable(claim, relevance, matcher).work(rules) : null;
        if (payable != null) {
            audit.step("rules: limits and co-payment", joined(payable.log(), "no limit or co-payment applies"));
        }
        List<String> conditions = verdict.outcome == Outcome.REJECTED ? List.of()
                : conditions(waiting, exclusions, payable, ConditionWriter.write(rules.conditions(), relevance));
        double confidence = payable != null && payable.confidence() > verdict.confidence
                && verdict.confidence < 0.6 ? 0.6 : verdict.confidence;
        String justification = justification(verdict, payable, rules);
        List<Citation> citations = citations(verdict, payable);
        audit.step("rules: decision", verdict.outcome + ", confidence " + String.format(java.util.Locale.ROOT, "%.2f",
                confidence) + ", resting on " + citations.stream().map(c -> c.clause() == null ? "p. " + c.page()
                : c.clause()).distinct().toList());
        boolean hasAmount = payable != null && payable.amount() != null;
        String currency = hasAmount ? (claim.facts().currency() != null ? claim.facts().currency() : "INR") : null;
        return new Adjudication(verdict.outcome, hasAmount ? payable.amount() : null, hasAmount && payable.upTo(),
                currency, justification, confidence, citations, conditions, "rules", VERSION, null, audit.steps());
    }

    /** The outcome, the findings it rests on and how sure it is. */
    private record Verdict(Outcome outcome, List<Finding> deciding, double confidence, List<String> missing) {
    }

    private Verdict decide(Claim claim, Rules.Read rules, Relevance relevance, List<Finding> findings) {
        List<Finding> rejects = of(findings, Finding.Effect.REJECT);
        if (!rejects.isEmpty()) {
            return new Verdict(Outcome.REJECTED, rejects, best(rejects), List.of());
        }
        List<Finding> reviews = of(findings, Finding.Effect.REVIEW);
        if (!reviews.isEmpty()) {
            return new Verdict(Outcome.NEEDS_REVIEW, reviews, 0.5,
                    reviews.stream().map(Finding::missing).distinct().toList());
        }
        if (claim.procedure() == null) {
            return new Verdict(Outcome.NEEDS_REVIEW, List.of(Finding.review("The question does not name the procedure or"
                    + " diagnosis, and which waiting periods, exclusions and limits apply depends on it.",
                    "procedure or diagnosis")), 0.4, List.of("procedure or diagnosis"));
        }
        List<Finding> supports = new ArrayList<>(of(findings, Finding.Effect.SUPPORT));
        cover(claim, rules, relevance).ifPresent(supports::add);
        limitSupport(rules, relevance)
                .filter(l -> supports.stream().noneMatch(f -> f.cited().equals(l.cited())))
                .ifPresent(supports::add);
        supports.sort(Comparator.comparingDouble(Finding::confidence).reversed());
        if (supports.isEmpty()) {
            String missing = "a clause covering " + claim.procedure() + " (none among the retrieved passages)";
            return new Verdict(Outcome.NEEDS_REVIEW, List.of(Finding.review("None of the retrieved clauses speaks of "
                    + claim.procedure() + ": no waiting period, exclusion, limit or cover names it.", missing)), 0.3,
                    List.of(missing));
        }
        if (supports.stream().noneMatch(Finding::direct) && mayBeListed(claim) && !rules.openLists().isEmpty()) {
            Statement list = rules.openLists().get(0);
            String missing = "whether " + claim.procedure() + " is on the list of specific waiting periods that "
                    + ClauseRef.of(list) + " starts (the list continues beyond the retrieved text)";
            return new Verdict(Outcome.NEEDS_REVIEW, List.of(Finding.review("No retrieved clause names "
                    + claim.procedure() + ", but the list of treatments with specific waiting periods in "
                    + ClauseRef.of(list) + " runs on past the retrieved text.", missing, list)), 0.4, List.of(missing));
        }
        return new Verdict(Outcome.APPROVED, supports, best(supports), List.of());
    }

    /**
     * Whether the procedure is of the kind the lists of specific waiting periods hold: planned surgery or a treatment
     * family the matcher knows (cataract, hernia, joint replacement …). Accidents are exempt from those lists in the
     * standard wordings; acute illnesses (pneumonia, dengue) are not on them.
     */
    private boolean mayBeListed(Claim claim) {
        return !claim.accidental() && (matcher.namesTreatment(claim.procedure())
                || SURGERY.matcher(claim.procedure().toLowerCase(java.util.Locale.ROOT)).find());
    }

    private java.util.Optional<Finding> cover(Claim claim, Rules.Read rules, Relevance relevance) {
        for (Rules.Cover c : rules.covers()) {
            if (relevance.of(c.statement().text()) == MatchStrength.EXACT) {
                return java.util.Optional.of(Finding.support(ClauseRef.quoting(c.statement()) + " - this covers "
                        + claim.procedure() + ".", 0.85, c.statement()));
            }
        }
        return rules.covers().stream().filter(Rules.Cover::hospitalisation).findFirst()
                .map(c -> Finding.generalSupport(ClauseRef.quoting(c.statement()) + " - hospitalisation is covered, and no"
                        + " retrieved exclusion or waiting period holds back " + claim.procedure() + ".", 0.55, c.statement()));
    }

    private static java.util.Optional<Finding> limitSupport(Rules.Read rules, Relevance relevance) {
        return rules.limits().stream().filter(l -> l.cap().per() != Cap.Per.DAY)
                .filter(l -> relevance.of(l.subject()) != MatchStrength.NONE).findFirst()
                .map(l -> Finding.support(ClauseRef.quoting(l.statement()) + " - a limit is set for it, so it is covered.",
                        relevance.of(l.subject()) == MatchStrength.EXACT ? 0.8 : 0.65, l.statement()));
    }

    private static List<Finding> of(List<Finding> findings, Finding.Effect effect) {
        return findings.stream().filter(f -> f.effect() == effect).toList();
    }

    private static double best(List<Finding> findings) {
        return findings.stream().mapToDouble(Finding::confidence).max().orElse(0.5);
    }

    private static List<String> conditions(WaitingCheck.Result waiting, ExclusionCheck.Result exclusions,
                                           Payable.Result payable, List<String> general) {
        Set<String> all = new LinkedHashSet<>(waiting.conditions());
        all.addAll(exclusions.conditions());
        if (payable != null) {
            all.addAll(payable.conditions());
        }
        all.addAll(general);
        return List.copyOf(all);
    }

    private static String justification(Verdict verdict, Payable.Result payable, Rules.Read rules) {
        StringBuilder text = new StringBuilder("Decided offline by the rules adjudicator (" + VERSION + ") from the"
                + " retrieved clauses. ");
        List<Finding> deciding = verdict.deciding.subList(0, Math.min(2, verdict.deciding.size()));
        deciding.forEach(f -> text.append(f.sentence()).append(' '));
        switch (verdict.outcome) {
            case REJECTED -> text.append("The claim is not payable.");
            case NEEDS_REVIEW -> text.append("Needs review: ").append(String.join("; ", verdict.missing)).append('.');
            case APPROVED -> text.append(payable == null ? "" : String.join(" ", payable.sentences()));
        }
        if (!rules.ignoredInstructions().isEmpty()) {
            Statement s = rules.ignoredInstructions().get(0);
            text.append(" Note: ").append(ClauseRef.of(s)).append(" contains text that reads like an instruction (\"")
                    .append(Texts.shorten(s.text(), 80)).append("\"); it was treated as evidence only, never as a rule (it may"
                    + " mean the document was altered), and changed nothing.");
        }
        return text.toString().strip();
    }

    private static List<Citation> citations(Verdict verdict, Payable.Result payable) {
        List<Statement> statements = new ArrayList<>();
        verdict.deciding.stream().limit(3).forEach(f -> statements.addAll(f.cited()));
        if (payable != null) {
            statements.addAll(payable.cited());
        }
        Set<String> seen = new LinkedHashSet<>();
        List<Citation> citations = new ArrayList<>();
        for (Statement s : statements) {
            if (citations.size() < MAX_CITATIONS && seen.add(s.hit().chunkId() + "|" + s.start() + "|" + s.end())) {
                citations.add(Citation.of(s.hit(), s.exact()));
            }
        }
        return citations;
    }

    private static String summary(int passages, Rules.Read r) {
        String text = passages + " passages, " + r.statements() + " statements: " + r.waiting().size()
                + " waiting periods, " + r.exclusions().size() + " exclusions, " + r.limits().size() + " limits, "
                + r.coPayments().size() + " co-payments, " + r.categories().size() + " named groups, "
                + r.covers().size() + " covers, " + r.conditions().size() + " general conditions";
        if (!r.ignoredInstructions().isEmpty()) {
            text += "; set aside " + r.ignoredInstructions().size() + " statement(s) that read like instructions ("
                    + ClauseRef.of(r.ignoredInstructions().get(0)) + ")";
        }
        return text;
    }

    private static String joined(List<String> lines, String none) {
        return lines.isEmpty() ? none : String.join("; ", lines);
    }
}
