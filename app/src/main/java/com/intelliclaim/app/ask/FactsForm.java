package com.intelliclaim.app.ask;

import com.intelliclaim.engine.api.ClaimFacts;
import com.intelliclaim.engine.api.Gender;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** The extracted facts as editable text, one field per {@link Fact}, each with its own plain-words problem. */
public final class FactsForm {
    private final Map<Fact, StringProperty> values = new EnumMap<>(Fact.class);
    private final Map<Fact, StringProperty> errors = new EnumMap<>(Fact.class);

    FactsForm() {
        for (Fact fact : Fact.values()) {
            values.put(fact, new SimpleStringProperty(""));
            errors.put(fact, new SimpleStringProperty(""));
            values.get(fact).addListener((o, a, b) -> errors.get(fact).set(""));
        }
    }

    StringProperty value(Fact fact) {
        return values.get(fact);
    }

    StringProperty error(Fact fact) {
        return errors.get(fact);
    }

    /** Shows the facts a decision used. */
    void load(ClaimFacts facts) {
        for (Fact fact : Fact.values()) {
            values.get(fact).set(fact.text(facts));
        }
    }

    /** The typed facts, or empty when some field does not parse (its error then says why). */
    Optional<ClaimFacts> read() {
        Map<Fact, Object> parsed = new EnumMap<>(Fact.class);
        boolean ok = true;
        for (Fact fact : Fact.values()) {
            try {
                Object value = fact.parse(values.get(fact).get());
                if (value != null) {
                    parsed.put(fact, value);
                }
                errors.get(fact).set("");
            } catch (IllegalArgumentException e) {
                errors.get(fact).set(e.getMessage());
                ok = false;
            }
        }
        return ok ? Optional.of(facts(parsed)) : Optional.empty();
    }

    private static ClaimFacts facts(Map<Fact, Object> p) {
        return new ClaimFacts((Integer) p.get(Fact.AGE), (Gender) p.get(Fact.GENDER), (String) p.get(Fact.PROCEDURE),
                (String) p.get(Fact.LOCATION), (Integer) p.get(Fact.POLICY_AGE_MONTHS),
                (BigDecimal) p.get(Fact.SUM_INSURED), (BigDecimal) p.get(Fact.AMOUNT_CLAIMED),
                (String) p.get(Fact.CURRENCY), (Integer) p.get(Fact.HOSPITAL_DAYS),
                (Boolean) p.get(Fact.NETWORK_HOSPITAL), (Integer) p.get(Fact.PRIOR_COVER_MONTHS),
                (Boolean) p.get(Fact.PRE_EXISTING), (LocalDate) p.get(Fact.ADMISSION_DATE),
                (LocalDate) p.get(Fact.POLICY_START_DATE));
    }
}
