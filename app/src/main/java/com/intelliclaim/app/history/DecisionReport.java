package com.intelliclaim.app.history;

import com.intelliclaim.app.ask.DecisionCard;
import com.intelliclaim.app.common.AmountText;
import com.intelliclaim.engine.api.AuditStep;
import com.intelliclaim.engine.api.Citation;
import com.intelliclaim.engine.api.ClaimFacts;
import com.intelliclaim.engine.api.DecisionNote;
import com.intelliclaim.engine.api.DecisionRecord;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * A PDF report of decisions, one after another: the decision, amount and who decided, the question, the facts, the
 * justification and conditions, the citations with their page excerpts, the override and notes, and the audit
 * trail.
 */
final class DecisionReport {
    private final DateTimeFormatter when;

    DecisionReport(ZoneId zone) {
        this.when = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm z", Locale.ENGLISH).withZone(zone);
    }

    byte[] pdf(List<DecisionRecord> records) throws IOException {
        try (PDDocument doc = new PDDocument(); PdfPages pages = new PdfPages(doc)) {
            doc.getDocumentInformation().setTitle("IntelliClaim decisions");
            pages.heading("IntelliClaim — " + records.size() + (records.size() == 1 ? " decision" : " decisions"), 16);
            for (DecisionRecord r : records) {
                decision(pages, r);
            }
            pages.close();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            return out.toByteArray();
        }
    }

    private void decision(PdfPages p, DecisionRecord r) throws IOException {
        p.space(10);
        p.heading(DecisionCard.label(r.decision()) + (r.amount() == null ? "" : " — " + AmountText.of(r)), 13);
        p.line("Decision " + r.id() + " · " + when.format(r.createdAt()) + " · asked by " + r.analyst()
                + " · decided by " + r.decidedBy() + " · confidence " + Math.round(r.confidence() * 100) + "%");
        p.labelled("Question", r.query());
        p.heading("Facts", 11);
        facts(p, r.facts());
        p.heading("Justification", 11);
        p.line(r.justification());
        if (!r.conditions().isEmpty()) {
            p.heading("Subject to", 11);
            for (String c : r.conditions()) {
                p.line("• " + c);
            }
        }
        p.heading("Citations", 11);
        for (Citation c : r.citations()) {
            p.line(c.documentName() + ", page " + c.page() + (c.pageEnd() > c.page() ? "–" + c.pageEnd() : "")
                    + (c.clause() == null ? "" : ", clause " + c.clause())
                    + String.format(Locale.ROOT, " (score %.3f)", c.score()));
            p.line("“" + c.text().replaceAll("\\s+", " ").strip() + "”");
            p.space(3);
        }
        if (r.override() != null) {
            p.heading("Override", 11);
            p.line("Overrides " + r.supersedes() + " — " + r.override().by() + ", " + when.format(r.override().at())
                    + ": " + r.override().reason());
        }
        if (!r.notes().isEmpty()) {
            p.heading("Notes", 11);
            for (DecisionNote n : r.notes()) {
                p.line(when.format(n.at()) + " · " + n.by() + ": " + n.text());
            }
        }
        p.heading("Audit trail", 11);
        for (AuditStep s : r.auditTrail()) {
            p.line(s.step() + " (" + s.millis() + " ms): " + s.detail());
        }
    }

    private static void facts(PdfPages p, ClaimFacts f) throws IOException {
        p.labelled("Age", text(f.age()));
        p.labelled("Gender", f.gender() == null ? null : f.gender().json());
        p.labelled("Procedure", f.procedure());
        p.labelled("Location", f.location());
        p.labelled("Policy age (months)", text(f.policyAgeMonths()));
        p.labelled("Sum insured", money(f.sumInsured(), f.currency()));
        p.labelled("Amount claimed", money(f.amountClaimed(), f.currency()));
        p.labelled("Days in hospital", text(f.hospitalDays()));
        p.labelled("Network hospital", yesNo(f.networkHospital()));
        p.labelled("Prior cover (months)", text(f.priorCoverMonths()));
        p.labelled("Pre-existing", yesNo(f.preExisting()));
        p.labelled("Admission date", text(f.admissionDate()));
        p.labelled("Policy start", text(f.policyStartDate()));
    }

    private static String text(Object o) {
        return o == null ? null : o.toString();
    }

    private static String money(BigDecimal amount, String currency) {
        return amount == null ? null : AmountText.money(amount, currency);
    }

    private static String yesNo(Boolean b) {
        return b == null ? null : b ? "yes" : "no";
    }
}
