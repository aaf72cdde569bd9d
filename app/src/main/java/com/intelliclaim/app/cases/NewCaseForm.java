package com.intelliclaim.app.cases;

import com.intelliclaim.engine.api.ClaimCase;
import com.intelliclaim.engine.api.EngineException;
import com.intelliclaim.engine.api.NewCase;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The "New case" form: its fields and their problems, checked as the analyst types (an empty or taken claim number,
 * a field too long). The engine's own checks decide; this form shows their words beside the field.
 */
public final class NewCaseForm {
    private final StringProperty claimNumber = new SimpleStringProperty("");
    private final StringProperty claimant = new SimpleStringProperty("");
    private final StringProperty policyNumber = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper claimNumberError = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper otherError = new ReadOnlyStringWrapper("");
    private final Supplier<List<ClaimCase>> existing;
    private boolean touched;

    /** @param existing the cases known now, to flag a claim number already taken before the engine is asked */
    NewCaseForm(Supplier<List<ClaimCase>> existing) {
        this.existing = existing;
        claimNumber.addListener((o, a, b) -> {
            touched = true;
            check();
        });
        claimant.addListener((o, a, b) -> check());
        policyNumber.addListener((o, a, b) -> check());
    }

    /** The case to create, or empty with the problems shown (an untouched empty claim number is flagged too). */
    Optional<NewCase> read(String analyst) {
        touched = true;
        return check() ? Optional.of(new NewCase(claimNumber.get(), claimant.get(), policyNumber.get(), analyst))
                : Optional.empty();
    }

    /** Empties the form (after a case was created, or on cancel). */
    void clear() {
        claimNumber.set("");
        claimant.set("");
        policyNumber.set("");
        touched = false;
        claimNumberError.set("");
        otherError.set("");
    }

    /** Shows a refusal of the engine next to the claim number (where every one it can give belongs). */
    void refused(String message) {
        claimNumberError.set(message);
    }

    private boolean check() {
        String numberProblem = "";
        if (touched) {
            try {
                NewCase draft = new NewCase(claimNumber.get(), "", "", "check");
                numberProblem = taken(draft.claimNumber());
            } catch (EngineException e) {
                numberProblem = e.getMessage();
            }
        }
        String other = "";
        try {
            new NewCase("check", claimant.get(), policyNumber.get(), "check");
        } catch (EngineException e) {
            other = e.getMessage();
        }
        claimNumberError.set(numberProblem);
        otherError.set(other);
        return numberProblem.isEmpty() && other.isEmpty();
    }

    private String taken(String number) {
        return existing.get().stream().filter(k -> k.claimNumber().equalsIgnoreCase(number)).findFirst()
                .map(k -> "Case " + k.claimNumber() + " exists already; open it from the list or use another number.")
                .orElse("");
    }

    public StringProperty claimNumberProperty() {
        return claimNumber;
    }

    public StringProperty claimantProperty() {
        return claimant;
    }

    public StringProperty policyNumberProperty() {
        return policyNumber;
    }

    /** What is wrong with the claim number; "" when nothing is. */
    public ReadOnlyStringProperty claimNumberErrorProperty() {
        return claimNumberError.getReadOnlyProperty();
    }

    /** What is wrong with the claimant or policy number; "" when nothing is. */
    public ReadOnlyStringProperty otherErrorProperty() {
        return otherError.getReadOnlyProperty();
    }
}
