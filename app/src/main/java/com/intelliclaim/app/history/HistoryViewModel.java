package com.intelliclaim.app.history;

import com.intelliclaim.app.common.AtomicFiles;
import com.intelliclaim.app.common.RecordJson;
import com.intelliclaim.app.common.TaskRunner;
import com.intelliclaim.app.common.Teammates;
import com.intelliclaim.app.common.UserMessages;
import com.intelliclaim.engine.api.Citation;
import com.intelliclaim.engine.api.ClaimCase;
import com.intelliclaim.engine.api.DecisionRecord;
import com.intelliclaim.engine.api.IntelliClaimEngine;
import com.intelliclaim.engine.api.Outcome;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Predicate;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;

/**
 * The History screen's logic: the decisions (newest first), filtered by case, outcome, date range, document name and
 * text; the decision opened (re-read with its notes); which records were overridden; export to CSV and JSON. Used on
 * the UI thread; engine work and file writing go through the {@link TaskRunner}.
 */
public final class HistoryViewModel {
    static final int LIMIT = 5000;

    private final TaskRunner tasks;
    private final IntelliClaimEngine engine;
    private final ZoneId zone;
    private final Teammates teammates;
    private final ObservableList<DecisionRecord> records = FXCollections.observableArrayList();
    private final FilteredList<DecisionRecord> filtered = new FilteredList<>(records);
    private final ObservableList<DecisionRecord> filteredView = FXCollections.unmodifiableObservableList(filtered);
    private final ObjectProperty<CaseChoice> caseChoice = new SimpleObjectProperty<>(CaseChoice.ALL);
    private final ObservableList<CaseChoice> caseChoices = FXCollections.observableArrayList(CaseChoice.ALL,
            CaseChoice.NO_CASE);
    private final ObservableList<CaseChoice> caseChoicesView = FXCollections.unmodifiableObservableList(caseChoices);
    private final ObjectProperty<Outcome> outcome = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> from = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> to = new SimpleObjectProperty<>();
    private final StringProperty document = new SimpleStringProperty("");
    private final StringProperty text = new SimpleStringProperty("");
    private final ReadOnlyObjectWrapper<DecisionRecord> opened = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper("");
    private Map<String, String> overriddenBy = Map.of();
    /** Document names by SHA-256, read with the decisions (a decision stores hashes; a name is a label). */
    private volatile Map<String, String> documentNames = Map.of();

    public HistoryViewModel(TaskRunner tasks, IntelliClaimEngine engine, ZoneId zone) {
        this(tasks, engine, zone, Teammates.NONE);
    }

    /** @param teammates tells a teammate's decisions (pulled by team sync) from this analyst's own */
    public HistoryViewModel(TaskRunner tasks, IntelliClaimEngine engine, ZoneId zone, Teammates teammates) {
        this.teammates = teammates;
        this.tasks = tasks;
        this.engine = engine;
        this.zone = zone;
        for (javafx.beans.Observable field : List.<javafx.beans.Observable>of(caseChoice, outcome, from, to, document,
                text)) {
            field.addListener(o -> filtered.setPredicate(predicate()));
        }
    }

    /** The teammate who made the decision; empty for this analyst's own. */
    public Optional<String> teammate(DecisionRecord record) {
        return teammates.of(record.analyst());
    }

    /** The analyst column: the name, or "from NAME" for a teammate's decision. */
    public String analystLabel(DecisionRecord record) {
        return teammate(record).map(Teammates::tag).orElse(record.analyst());
    }

    /** Reloads the decisions and the cases from the store. */
    public void refresh() {
        tasks.run("load history", () -> {
            Map<String, String> names = new HashMap<>();
            engine.documents().forEach(d -> names.put(d.sha256(), d.name()));
            documentNames = names;
            List<CaseChoice> cases = engine.cases().stream()
                    .sorted(Comparator.comparing(ClaimCase::claimNumber, String.CASE_INSENSITIVE_ORDER))
                    .map(CaseChoice::of).toList();
            return new Loaded(engine.decisions(LIMIT), cases);
        }, loaded -> {
            Map<String, String> by = new HashMap<>();
            loaded.decisions().stream().filter(r -> r.supersedes() != null)
                    .forEach(r -> by.put(r.supersedes(), r.id()));
            overriddenBy = by;
            records.setAll(loaded.decisions());
            showCases(loaded.cases());
            problem.set("");
        }, e -> problem.set(UserMessages.of(e)));
    }

    /** The case choices: every case, none, then each case; the chosen one stays chosen (relabelled) if it is there. */
    private void showCases(List<CaseChoice> cases) {
        CaseChoice chosen = caseChoice.get();
        List<CaseChoice> all = new ArrayList<>(List.of(CaseChoice.ALL, CaseChoice.NO_CASE));
        all.addAll(cases);
        caseChoices.setAll(all);
        all.stream().filter(c -> c.sameAs(chosen)).findFirst().ifPresent(caseChoice::set);
    }

    private record Loaded(List<DecisionRecord> decisions, List<CaseChoice> cases) {
    }

    private Predicate<DecisionRecord> predicate() {
        CaseChoice inCase = caseChoice.get() == null ? CaseChoice.ALL : caseChoice.get();
        Outcome o = outcome.get();
        LocalDate start = from.get();
        LocalDate end = to.get();
        String doc = needle(document.get());
        String words = needle(text.get());
        return r -> inCase.matches(r)
                && (o == null || r.decision() == o)
                && (start == null || !day(r).isBefore(start))
                && (end == null || !day(r).isAfter(end))
                && (doc.isEmpty() || documentsRead(r).anyMatch(n -> n.toLowerCase(Locale.ROOT).contains(doc)))
                && (words.isEmpty() || contains(r, words));
    }

    /** The names of the documents a decision read: those it cites, and those of every passage it retrieved. */
    private java.util.stream.Stream<String> documentsRead(DecisionRecord r) {
        Map<String, String> names = documentNames;
        return java.util.stream.Stream.concat(r.citations().stream().map(Citation::documentName),
                r.documentHashes().stream().map(names::get).filter(java.util.Objects::nonNull));
    }

    private LocalDate day(DecisionRecord r) {
        return r.createdAt().atZone(zone).toLocalDate();
    }

    private static boolean contains(DecisionRecord r, String words) {
        return (r.query() + "\n" + r.justification() + "\n" + r.analyst() + "\n" + r.decidedBy()
                + (r.override() == null ? "" : "\n" + r.override().reason())
                + r.notes().stream().map(n -> "\n" + n.text()).reduce("", String::concat))
                .toLowerCase(Locale.ROOT).contains(words);
    }

    private static String needle(String s) {
        return s == null ? "" : s.strip().toLowerCase(Locale.ROOT);
    }

    /** Opens a decision: re-read, so its latest notes show. */
    public void open(DecisionRecord record) {
        if (record == null) {
            opened.set(null);
            return;
        }
        opened.set(record);
        tasks.run("open decision", () -> engine.decision(record.id()),
                found -> found.ifPresent(opened::set), e -> problem.set(UserMessages.of(e)));
    }

    /** "overridden", "overrides an earlier decision", or "". */
    public String reviewState(DecisionRecord r) {
        if (overriddenBy.containsKey(r.id())) {
            return "overridden";
        }
        return r.supersedes() != null ? "overrides earlier" : "";
    }

    /** Writes the decisions as CSV (see {@link DecisionCsv}); the status says where, or why not. */
    public void exportCsv(List<DecisionRecord> chosen, Path file) {
        List<DecisionRecord> copy = List.copyOf(chosen);
        Map<String, String> by = overriddenBy;
        export(copy, file, () -> DecisionCsv.of(copy, by).getBytes(StandardCharsets.UTF_8));
    }

    /** Writes the decisions as a JSON array of decision records. */
    public void exportJson(List<DecisionRecord> chosen, Path file) {
        List<DecisionRecord> copy = List.copyOf(chosen);
        export(copy, file, () -> RecordJson.MAPPER.writeValueAsBytes(copy));
    }

    /**
     * Writes a PDF report of the decisions (see {@link DecisionReport}), with the bundled Unicode font embedded so
     * that "₹" prints.
     */
    public void exportPdf(List<DecisionRecord> chosen, Path file) {
        List<DecisionRecord> copy = List.copyOf(chosen);
        export(copy, file, () -> new DecisionReport(zone).pdf(copy));
    }

    private void export(List<DecisionRecord> chosen, Path file, Callable<byte[]> content) {
        if (chosen.isEmpty()) {
            problem.set("There are no decisions to export; clear the filters or ask first.");
            return;
        }
        tasks.run("export decisions", () -> {
            AtomicFiles.write(file, content.call());
            return file;
        }, written -> {
            problem.set("");
            status.set("Exported " + chosen.size() + (chosen.size() == 1 ? " decision" : " decisions") + " to "
                    + written + ".");
        }, e -> problem.set(e instanceof IOException
                ? "Could not write " + file + ": check that the folder is writable and the disk not full."
                : UserMessages.of(e)));
    }

    /** The decisions passing the filters, newest first. */
    public ObservableList<DecisionRecord> decisions() {
        return filteredView;
    }

    /** Case filter: every decision, those asked outside any case, or one case's; null counts as every case. */
    public ObjectProperty<CaseChoice> caseChoiceProperty() {
        return caseChoice;
    }

    /** The case filter's choices: every case, outside any case, then each case by claim number. */
    public ObservableList<CaseChoice> caseChoices() {
        return caseChoicesView;
    }

    /** Outcome filter; null for every outcome. */
    public ObjectProperty<Outcome> outcomeProperty() {
        return outcome;
    }

    /** First day shown (inclusive, local time); null for no limit. */
    public ObjectProperty<LocalDate> fromProperty() {
        return from;
    }

    /** Last day shown (inclusive, local time); null for no limit. */
    public ObjectProperty<LocalDate> toProperty() {
        return to;
    }

    /** Part of a cited document's name. */
    public StringProperty documentProperty() {
        return document;
    }

    /** Words in the question, justification, analyst, override reason or notes. */
    public StringProperty textProperty() {
        return text;
    }

    public ReadOnlyObjectProperty<DecisionRecord> openedProperty() {
        return opened.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }
}
