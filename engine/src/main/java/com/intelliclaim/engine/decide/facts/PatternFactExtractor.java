package com.intelliclaim.engine.decide.facts;

import com.intelliclaim.engine.api.ClaimFacts;
import com.intelliclaim.engine.api.Gender;
import com.intelliclaim.engine.decide.FactExtractor;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Objects;

/**
 * Reads claim facts with word patterns, no model: one reader a fact, each leaving its fact null when the question
 * does not state it. The patterns are compiled once; an extraction runs a few dozen of them over the question.
 * Thread-safe.
 */
public final class PatternFactExtractor implements FactExtractor {
    private final AgeReader ages = new AgeReader();
    private final SexMarkReader sexMarks = new SexMarkReader();
    private final GenderReader genders = new GenderReader();
    private final ProcedureVocabulary procedures = new ProcedureVocabulary();
    private final LocationReader locations = new LocationReader();
    private final PolicyAgeReader policyAges = new PolicyAgeReader();
    private final MoneyReader money = new MoneyReader();
    private final HospitalStayReader stays = new HospitalStayReader();
    private final NetworkReader networks = new NetworkReader();
    private final PriorCoverReader priorCover = new PriorCoverReader();
    private final PreExistingReader preExisting = new PreExistingReader();
    private final DateReader dates = new DateReader();

    @Override
    public ClaimFacts extract(String text, LocalDate today) {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(today, "today");
        ClaimText claim = ClaimText.of(text);
        AgeMention age = ages.read(claim);
        Gender gender = genders.read(claim, sexMarks.read(claim), age == null ? -1 : age.position());
        MoneyReader.Amounts amounts = money.read(claim);
        List<DateReader.Mention> stated = dates.read(claim);
        LocalDate admission = firstFullDate(stated, DateReader.Role.ADMISSION);
        return new ClaimFacts(
                age != null ? Integer.valueOf(age.age()) : ageFromBirth(stated, admission == null ? today : admission),
                gender,
                procedures.find(claim.lower()).map(Procedure::name).orElse(null),
                locations.read(claim),
                policyAges.read(claim, stated, today),
                amounts.sumInsured(),
                amounts.claimed(),
                amounts.currency(),
                stays.read(claim),
                networks.read(claim),
                priorCover.read(claim),
                preExisting.read(claim),
                admission,
                firstFullDate(stated, DateReader.Role.POLICY_START));
    }

    /** The age at {@code on} of a claimant whose date of birth is stated ("DOB 12/05/1980"), else null. */
    private static Integer ageFromBirth(List<DateReader.Mention> mentions, LocalDate on) {
        LocalDate born = firstFullDate(mentions, DateReader.Role.BIRTH);
        return born == null || born.isAfter(on) ? null : Period.between(born, on).getYears();
    }

    private static LocalDate firstFullDate(List<DateReader.Mention> mentions, DateReader.Role role) {
        return mentions.stream().filter(d -> d.role() == role && d.dayKnown()).map(DateReader.Mention::date)
                .findFirst().orElse(null);
    }
}
