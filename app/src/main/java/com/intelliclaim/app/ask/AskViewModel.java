package com.intelliclaim.app.ask;

import com.intelliclaim.app.cases.ActiveCase;
import com.intelliclaim.app.common.BackgroundActivities;
import com.intelliclaim.app.common.TaskRunner;
import com.intelliclaim.app.common.UserMessages;
import com.intelliclaim.engine.api.AskRequest;
import com.intelliclaim.engine.api.CaseDocument;
import com.intelliclaim.engine.api.ClaimCase;
import com.intelliclaim.engine.api.ClaimFacts;
import com.intelliclaim.engine.api.DecisionRecord;
import com.intelliclaim.engine.api.DocumentInfo;
import com.intelliclaim.engine.api.IntelliClaimEngine;
import com.intelliclaim.engine.api.Outcome;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.function.Supplier;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The Ask screen's logic: the question and its document scope, recent and sample questions, asking (cancellable,
 * in the background), the decision shown, its facts as an editable form with "decide again", and the reviews
 * accept, override and add note. Settings are read at each ask. Used on the UI thread; engine work goes through the
 * {@link TaskRunner}.
 */
public final class AskViewModel {
    /** Shown on the empty screen; a click asks them. */
    public static final List<String> SAMPLES = List.of(
            "46-year-old male, knee surgery in Pune, 3-month-old insurance policy",
            "Cataract surgery for a 60-year-old woman, policy 30 months old, claim ₹40,000",
            "Is road ambulance covered for a 35-year-old man in Mumbai, policy 2 years old?");
    static final String ACCEPTED = "accepted";
    private static final int RECENT = 12;
    private static final int HISTORY_READ = 200;

    private final TaskRunner tasks;
    private final BackgroundActivities activities;
    private final IntelliClaimEngine engine;
    private final Supplier<AskSettings> settings;
    private final StringProperty question = new SimpleStringProperty("");
    private final ObjectProperty<String> scope = new SimpleObjectProperty<>();
    private final ObservableList<String> documentNames = FXCollections.observableArrayList();
    private final ObservableList<String> recent = FXCollections.observableArrayList();
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper reviewProblem = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<DecisionRecord> record = new ReadOnlyObjectWrapper<>();
    private final FactsForm facts = new FactsForm();
    private final PageViewerModel viewer;
    private final ActiveCase activeCase;
    private TaskRunner.Handle running;

    public AskViewModel(TaskRunner tasks, BackgroundActivities activities, IntelliClaimEngine engine,
                        Supplier<AskSettings> settings) {
        this(tasks, activities, engine, settings, new ActiveCase());
    }

    /** @param activeCase the case questions are asked in while it is set (by the Cases screen) */
    public AskViewModel(TaskRunner tasks, BackgroundActivities activities, IntelliClaimEngine engine,
                        Supplier<AskSettings> settings, ActiveCase activeCase) {
        this.tasks = tasks;
        this.activities = activities;
        this.engine = engine;
        this.settings = settings;
        this.activeCase = activeCase;
        this.viewer = new PageViewerModel(tasks, engine);
        question.addListener((o, a, b) -> problem.set(""));
        activeCase.currentProperty().addListener((o, was, now) -> {
            if (was == null || now == null || !was.id().equals(now.id())) {
                scope.set(null);
                problem.set("");
                refresh();
            }
        });
    }

    /** Loads the document names for the scope (the active case's only, when one is) and the recent questions. */
    public void refresh() {
        ClaimCase inCase = activeCase.get();
        if (inCase == null) {
            tasks.run("list documents", engine::documents,
                    docs -> documentNames.setAll(docs.stream().map(DocumentInfo::name).distinct().sorted().toList()),
                    e -> problem.set(UserMessages.of(e)));
        } else {
            tasks.run("list the case's documents", () -> engine.caseDocuments(inCase.id()),
                    docs -> documentNames.setAll(docs.stream().filter(CaseDocument::indexed).map(CaseDocument::name)
                            .distinct().sorted().toList()),
                    e -> problem.set(UserMessages.of(e)));
        }
        tasks.run("recent questions", () -> engine.decisions(HISTORY_READ), this::showRecent,
                e -> problem.set(UserMessages.of(e)));
    }

    private void showRecent(List<DecisionRecord> history) {
        recent.setAll(history.stream().map(DecisionRecord::query).distinct().limit(RECENT).toList());
    }

    /** Asks the question as typed, facts read from it. */
    public void ask() {
        String q = question.get() == null ? "" : question.get().strip();
        if (q.isEmpty()) {
            problem.set("Type a claim question first, for example: " + SAMPLES.get(0));
            return;
        }
        submit(q, null);
    }

    /** Asks a sample or recent question. */
    public void ask(String text) {
        question.set(text);
        ask();
    }

    /** Decides the shown question again with the facts as corrected in the form; bad fields say why. */
    public void decideAgain() {
        DecisionRecord shown = record.get();
        if (shown == null) {
            return;
        }
        Optional<ClaimFacts> corrected = facts.read();
        if (corrected.isEmpty()) {
            problem.set("Some facts need fixing (marked in red); nothing was decided.");
            return;
        }
        submit(shown.query(), corrected.get());
    }

    private void submit(String q, ClaimFacts corrected) {
        if (busy.get()) {
            return;
        }
        AskRequest request;
        try {
            request = request(q, corrected);
        } catch (RuntimeException e) {
            problem.set(UserMessages.of(e));
            return;
        }
        busy.set(true);
        problem.set("");
        status.set("Deciding…");
        BackgroundActivities.Activity activity = activities.begin("Deciding the claim…", this::cancel);
        running = tasks.run("ask", () -> engine.ask(request), decided -> {
            activity.end();
            finished();
            show(decided);
            status.set("Decided in " + decided.auditTrail().stream().mapToLong(s -> s.millis()).sum() + " ms"
                    + (decided.caseId() == null || activeCase.get() == null ? "."
                    : "; filed under case " + activeCase.get().claimNumber() + "."));
            recent.remove(decided.query());
            recent.add(0, decided.query());
        }, e -> {
            activity.end();
            finished();
            status.set("");
            problem.set(e instanceof CancellationException || e instanceof InterruptedException
                    ? "Cancelled; nothing was decided." : UserMessages.of(e));
        });
    }

    private AskRequest request(String q, ClaimFacts corrected) {
        AskSettings s = settings.get();
        ClaimCase inCase = activeCase.get();
        AskRequest request = new AskRequest(q, null, corrected, s.llm(), s.passages(), s.analyst(),
                inCase == null ? null : inCase.id());
        String document = scope.get();
        return document == null || document.isBlank() ? request : request.withDocument(document);
    }

    private void finished() {
        busy.set(false);
        running = null;
    }

    /** Stops the running ask. */
    public void cancel() {
        if (running != null) {
            running.cancel();
        }
    }

    /** Shows a decision (also one opened from History) with its facts in the form. */
    public void show(DecisionRecord decided) {
        record.set(decided);
        facts.load(decided.facts());
        reviewProblem.set("");
    }

    /** Records that the analyst accepts the decision (a note "accepted"). */
    public void accept() {
        addNote(ACCEPTED);
    }

    /** Appends a note; an empty one is refused inline. */
    public void addNote(String text) {
        DecisionRecord shown = record.get();
        if (shown == null) {
            return;
        }
        if (text == null || text.isBlank()) {
            reviewProblem.set("Write the note first.");
            return;
        }
        String by = analyst();
        review("add note", () -> engine.addNote(shown.id(), text.strip(), by), "Note added.");
    }

    /** Overrides the decision with the analyst's outcome; the reason is required and the outcome must change. */
    public void override(Outcome decision, String reason) {
        DecisionRecord shown = record.get();
        if (shown == null) {
            return;
        }
        if (decision == null) {
            reviewProblem.set("Choose the decision that should stand.");
            return;
        }
        if (reason == null || reason.isBlank()) {
            reviewProblem.set("Give the reason for the override; it is kept with the decision.");
            return;
        }
        String by = analyst();
        review("override", () -> engine.override(shown.id(), decision, reason.strip(), by),
                "Overridden: a new record now stands, the earlier one is kept in History.");
    }

    /** The analyst named in the settings, or null for the OS user. */
    private String analyst() {
        String name = settings.get().analyst();
        return name == null || name.isBlank() ? null : name;
    }

    private void review(String name, java.util.concurrent.Callable<DecisionRecord> work, String done) {
        reviewProblem.set("");
        tasks.run(name, work, updated -> {
            record.set(updated);
            status.set(done);
        }, e -> reviewProblem.set(UserMessages.of(e)));
    }

    /** The case questions are asked in, or null for none. */
    public ReadOnlyObjectProperty<ClaimCase> activeCaseProperty() {
        return activeCase.currentProperty();
    }

    /** Asks outside any case from now on (every document again). */
    public void clearCase() {
        activeCase.clear();
    }

    public StringProperty questionProperty() {
        return question;
    }

    /** The document name retrieval is limited to; null or blank for every document. */
    public ObjectProperty<String> scopeProperty() {
        return scope;
    }

    public ObservableList<String> documentNames() {
        return documentNames;
    }

    /** Questions asked before, newest first, without repeats. */
    public ObservableList<String> recent() {
        return recent;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** Why the last ask did not happen or failed, in plain words; "" when fine. */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    /** Why the last review (accept, override, note) was refused; "" when fine. */
    public ReadOnlyStringProperty reviewProblemProperty() {
        return reviewProblem.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** The decision shown, or null before the first ask. */
    public ReadOnlyObjectProperty<DecisionRecord> recordProperty() {
        return record.getReadOnlyProperty();
    }

    public FactsForm facts() {
        return facts;
    }

    public PageViewerModel viewer() {
        return viewer;
    }
}
