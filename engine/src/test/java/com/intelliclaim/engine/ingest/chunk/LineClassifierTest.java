package com.intelliclaim.engine.ingest.chunk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class LineClassifierTest {
    private final LineClassifier classifier = new LineClassifier();

    static Stream<Arguments> lines() {
        return Stream.of(
                // numbered clauses and headings
                arguments("3.1.7 Organ Donor's Medical Expenses", null, LineKind.HEADING, "3.1.7"),
                arguments("3.1.7 The Company shall pay the donor's expenses.", null, LineKind.CLAUSE, "3.1.7"),
                arguments("4.2. The Company shall not be liable for war.", null, LineKind.CLAUSE, "4.2"),
                arguments("2.21", null, LineKind.CLAUSE, "2.21"),
                arguments("1) Covered female below eighteen years of age.", null, LineKind.CLAUSE, "1)"),
                arguments("4. The policy shall be renewed on payment of premium.", null, LineKind.CLAUSE, "4"),
                arguments("(2) Any claim shall be notified within 30 days.", null, LineKind.CLAUSE, "(2)"),
                arguments("3. EXCLUSIONS", null, LineKind.HEADING, "3"),
                arguments("4 Waiting Period", null, LineKind.HEADING, "4"),
                arguments("1 PREAMBLE", null, LineKind.HEADING, "1"),
                arguments("Section B Hospitalisation Benefits", null, LineKind.HEADING, "Section B"),
                arguments("PART II - GENERAL CONDITIONS", null, LineKind.HEADING, "Part II"),
                arguments("Part I", null, LineKind.HEADING, "Part I"),
                // codes
                arguments("Excl01 Pre-existing diseases are excluded for 36 months.", null, LineKind.CLAUSE, "Excl01"),
                arguments("Code- Excl02 Specified disease/procedure waiting period", null, LineKind.CLAUSE, "Excl02"),
                arguments("Code - Excl 03 Investigation & Evaluation", null, LineKind.HEADING, "Excl03"),
                // definitions
                arguments("2.21 Hospital means any institution established for in-patient care", null,
                        LineKind.DEFINITION, "2.21"),
                arguments("Hospital means any institution established for in-patient care", null,
                        LineKind.DEFINITION, null),
                arguments("Accident / Accidental mean a sudden, unforeseen and involuntary event", null,
                        LineKind.DEFINITION, null),
                arguments("Maternity Expenses means;", null, LineKind.DEFINITION, null),
                arguments("This means that the claim is payable in full.", null, LineKind.TEXT, null),
                // list items
                arguments("a) Medical treatment expenses traceable to childbirth;", null, LineKind.LIST_ITEM, "a)"),
                arguments("(a) expenses towards lawful medical termination of pregnancy", null,
                        LineKind.LIST_ITEM, "(a)"),
                arguments("b) External Congenital Anomaly", null, LineKind.LIST_ITEM, "b)"),
                arguments("A) STANDARD DEFINITIONS", null, LineKind.HEADING, "A)"),
                arguments("iv. In case of delay beyond 45 days interest is payable", null, LineKind.LIST_ITEM, "iv."),
                arguments("(iv) Obesity-related cardiomyopathy", null, LineKind.LIST_ITEM, "(iv)"),
                arguments("• has qualified nursing staff round the clock;", null, LineKind.LIST_ITEM, null),
                arguments("- has at least 10 in-patient beds in towns", null, LineKind.LIST_ITEM, null),
                arguments("* Base premium depends on the zone and sum insured", null, LineKind.LIST_ITEM, null),
                // table rows
                arguments("Room Rent | Up to 1% of Sum Insured | Per day", null, LineKind.TABLE_ROW, null),
                arguments("Ambulance      Rs. 2,000 per hospitalisation      Covered", null, LineKind.TABLE_ROW, null),
                arguments("Cataract\tRs. 40,000 per eye", null, LineKind.TABLE_ROW, null),
                // unnumbered headings, and the same words running on from a sentence
                arguments("GENERAL EXCLUSIONS", null, LineKind.HEADING, null),
                arguments("Waiting Period for Specified Diseases", null, LineKind.HEADING, null),
                arguments("Exclusions", "availing this benefit.", LineKind.HEADING, null),
                arguments("Medical Practitioner", "on the advice of the", LineKind.TEXT, null),
                arguments("Medical Practitioner", "following the advice of a duly qualified,", LineKind.TEXT, null),
                arguments("Medicine/ Central Council for Homeopathy; or", null, LineKind.TEXT, null),
                arguments("Tel.: 0172-2706468", null, LineKind.TEXT, null),
                // look-alikes that are not clause numbers
                arguments("Rs. 5,000. The amount is paid once per policy year.", null, LineKind.TEXT, null),
                arguments("2.5 lakh for each insured person, whichever is lower.", null, LineKind.TEXT, null),
                arguments("2.5 Lakh per annum", null, LineKind.TEXT, null),
                arguments("01.04.2023 is the date of commencement of this policy.", null, LineKind.TEXT, null),
                arguments("1.04.2023 is the date of commencement.", null, LineKind.TEXT, null),
                arguments("30 days. Thereafter the claim shall be rejected.", null, LineKind.TEXT, null),
                arguments("30 Days from the date of discharge", null, LineKind.TEXT, null),
                arguments("10% of the admissible claim amount", null, LineKind.TEXT, null),
                arguments("3.1 of the policy schedule applies.", null, LineKind.TEXT, null),
                arguments("Section 3.1.15 (Infertility) applies to the surrogate.", null, LineKind.TEXT, null),
                arguments("Section 56(1) of the said Act OR complies with the criteria:", null, LineKind.TEXT, null),
                arguments("e.g. consumables, implants and devices", null, LineKind.TEXT, null),
                arguments("12", null, LineKind.TEXT, null),
                arguments("12.", null, LineKind.TEXT, null),
                arguments("Page 3 of 25", null, LineKind.TEXT, null),
                arguments("- 14 -", null, LineKind.TEXT, null),
                arguments("The Company shall indemnify the hospital or the insured.", null, LineKind.TEXT, null),
                arguments("   ", null, LineKind.BLANK, null));
    }

    @ParameterizedTest(name = "{0} -> {2} {3}")
    @MethodSource("lines")
    void classifiesLine(String line, String previousLine, LineKind kind, String marker) {
        LineInfo info = classifier.classify(line, previousLine);

        assertThat(info.kind()).as("kind of %s", line).isEqualTo(kind);
        assertThat(info.markerText()).as("marker of %s", line).isEqualTo(marker);
    }
}
