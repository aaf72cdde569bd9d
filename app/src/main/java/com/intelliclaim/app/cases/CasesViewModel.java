package com.intelliclaim.app.cases;

import com.intelliclaim.app.common.TaskRunner;
import com.intelliclaim.app.common.Teammates;
import com.intelliclaim.app.common.UserMessages;
import com.intelliclaim.engine.api.CaseChange;
import com.intelliclaim.engine.api.CaseDocument;
import com.intelliclaim.engine.api.CaseDocumentEdit;
import com.intelliclaim.engine.api.CaseStatus;
import com.intelliclaim.engine.api.CaseUpdate;
import com.intelliclaim.engine.api.ClaimCase;
import com.intelliclaim.engine.api.DecisionRecord;
import com.intelliclaim.engine.api.DocumentInfo;
import com.intelliclaim.engine.api.EngineException;
import com.intelliclaim.engine.api.IntelliClaimEngine;
import com.intelliclaim.engine.api.NewCase;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;

/**
 * The Cases screen's logic: the cases (filtered by claim number, claimant, policy number or status), the "New case"
 * form, the opened case with its editable fields and status (saved as a new version; an edit of a version someone
 * changed meanwhile is refused and the analyst's text kept), its documents (attach from the indexed documents,
 * detach), its decisions, and "Ask in this case". Used on the UI thread; engine work goes through the
 * {@link TaskRunner}.
 */
public final class CasesViewModel {
    /** What the case detail shows, read in one task. */
    private record Detail(ClaimCase claimCase, List<CaseDocument> documents, List<DecisionRecord> decisions,
                          List<DocumentInfo> indexed, List<CaseChange> changes) {
    }

    private final TaskRunner tasks;
    private final IntelliClaimEngine engine;
    private final ActiveCase active;
    private final Runnable showAsk;
    private final Supplier<String> analyst;
    private final ObservableList<ClaimCase> all = FXCollections.observableArrayList();
    private final FilteredList<ClaimCase> filtered = new FilteredList<>(all);
    private final StringProperty filter = new SimpleStringProperty("");
    private final NewCaseForm form = new NewCaseForm(() -> all);
    private final BooleanProperty creating = new SimpleBooleanProperty(false);
    private final ReadOnlyObjectWrapper<ClaimCase> opened = new ReadOnlyObjectWrapper<>();
    private final StringProperty claimNumber = new SimpleStringProperty("");
    private final StringProperty claimant = new SimpleStringProperty("");
    private final StringProperty policyNumber = new SimpleStringProperty("");
    private final ObjectProperty<CaseStatus> status = new SimpleObjectProperty<>(CaseStatus.OPEN);
    private final ReadOnlyBooleanWrapper changed = new ReadOnlyBooleanWrapper(false);
    private final ObservableList<CaseDocument> documents = FXCollections.observableArrayList();
    private final ObservableList<DocumentInfo> attachable = FXCollections.observableArrayList();
    private final ObservableList<DecisionRecord> decisions = FXCollections.observableArrayList();
    private final ObservableList<CaseChange> changes = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper detailProblem = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");

    /**
     * @param active  the window's active case, set by "Ask in this case"
     * @param showAsk switches to the Ask screen
     * @param analyst the analyst's name from the settings (blank for the OS user)
     */
    public CasesViewModel(TaskRunner tasks, IntelliClaimEngine engine, ActiveCase active, Runnable showAsk,
                          Supplier<String> analyst) {
        this.tasks = tasks;
        this.engine = engine;
        this.active = active;
        this.showAsk = showAsk;
        this.analyst = analyst;
        filter.addListener((o, a, text) -> filtered.setPredicate(matching(text)));
        for (javafx.beans.Observable field : List.<javafx.beans.Observable>of(claimNumber, claimant, policyNumber,
                status)) {
            field.addListener(o -> changed.set(differs()));
        }
    }

    /** Reloads the cases and, for the opened case, its documents and decisions (unsaved edits are kept). */
    public void refresh() {
        tasks.run("load cases", engine::cases, list -> {
            all.setAll(list);
            problem.set("");
        }, e -> problem.set(UserMessages.of(e)));
        ClaimCase shown = opened.get();
        if (shown != null) {
            load(shown.id());
        }
    }

    private static java.util.function.Predicate<ClaimCase> matching(String text) {
        String needle = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        if (needle.isEmpty()) {
            return k -> true;
        }
        return k -> (k.claimNumber() + "\n" + k.claimant() + "\n" + k.policyNumber() + "\n" + k.status().label())
                .toLowerCase(Locale.ROOT).contains(needle);
    }

    /** Shows the empty "New case" form. */
    public void startNewCase() {
        form.clear();
        creating.set(true);
    }

    public void cancelNewCase() {
        form.clear();
        creating.set(false);
    }

    /** Creates the case in the form; problems show beside the fields and the form keeps its text. */
    public void createCase() {
        Optional<NewCase> draft = form.read(analystName());
        if (draft.isEmpty()) {
            return;
        }
        tasks.run("create case", () -> engine.createCase(draft.get()), created -> {
            all.add(0, created);
            form.clear();
            creating.set(false);
            filter.set("");
            message.set("Created case " + created.claimNumber() + ". Attach its documents below.");
            open(created);
        }, e -> form.refused(UserMessages.of(e)));
    }

    /** Opens a case in the detail pane (null closes it), re-read with its documents and decisions. */
    public void open(ClaimCase claimCase) {
        if (claimCase != null && opened.get() != null && claimCase.id().equals(opened.get().id())) {
            return;
        }
        detailProblem.set("");
        documents.clear();
        decisions.clear();
        changes.clear();
        if (claimCase == null) {
            opened.set(null);
            changed.set(false);
            return;
        }
        creating.set(false);
        showFields(claimCase);
        load(claimCase.id());
    }

    private void load(String id) {
        tasks.run("open case", () -> new Detail(engine.claimCase(id).orElseThrow(() ->
                        new com.intelliclaim.engine.api.CaseNotFoundException(id)), engine.caseDocuments(id),
                engine.caseDecisions(id), engine.documents(), engine.caseChanges(id)), this::show, e -> detailProblem.set(UserMessages.of(e)));
    }

    private void show(Detail d) {
        if (opened.get() == null || !opened.get().id().equals(d.claimCase().id())) {
            return; // another case was opened meanwhile
        }
        if (!changed.get()) {
            showFields(d.claimCase());
        }
        replace(d.claimCase());
        documents.setAll(d.documents());
        decisions.setAll(d.decisions());
        List<CaseChange> newestFirst = new ArrayList<>(d.changes());
        Collections.reverse(newestFirst);
        changes.setAll(newestFirst);
        Set<String> attached = d.documents().stream().map(CaseDocument::sha256).collect(Collectors.toSet());
        attachable.setAll(d.indexed().stream().filter(doc -> !attached.contains(doc.sha256())).toList());
    }

    private void showFields(ClaimCase k) {
        opened.set(k);
        claimNumber.set(k.claimNumber());
        claimant.set(k.claimant());
        policyNumber.set(k.policyNumber());
        status.set(k.status());
        changed.set(false);
    }

    private boolean differs() {
        ClaimCase k = opened.get();
        return k != null && !(k.claimNumber().equals(strip(claimNumber.get())) && k.claimant().equals(strip(claimant.get()))
                && k.policyNumber().equals(strip(policyNumber.get())) && k.status() == status.get());
    }

    private static String strip(String s) {
        return s == null ? "" : s.strip();
    }

    /** Saves the edited fields and status as the case's next version. */
    public void save() {
        ClaimCase k = opened.get();
        if (k == null || !changed.get()) {
            return;
        }
        CaseUpdate update;
        try {
            update = k.toUpdate(analystName()).withFields(claimNumber.get(), claimant.get(), policyNumber.get())
                    .withStatus(Objects.requireNonNullElse(status.get(), k.status()));
        } catch (EngineException e) {
            detailProblem.set(e.getMessage());
            return;
        }
        detailProblem.set("");
        tasks.run("save case", () -> engine.updateCase(k.id(), update), saved -> {
            replace(saved);
            showFields(saved);
            message.set("Saved case " + saved.claimNumber() + " (version " + saved.version() + ").");
            load(saved.id()); // its history shows the new version
            if (active.get() != null && active.get().id().equals(saved.id())) {
                active.set(saved);
            }
        }, e -> detailProblem.set(UserMessages.of(e)));
    }

    /** Puts the saved values back in the fields. */
    public void revert() {
        if (opened.get() != null) {
            showFields(opened.get());
            detailProblem.set("");
        }
    }

    private void replace(ClaimCase k) {
        for (int i = 0; i < all.size(); i++) {
            if (all.get(i).id().equals(k.id())) {
                if (!all.get(i).equals(k)) {
                    all.set(i, k);
                }
                return;
            }
        }
        all.add(0, k);
    }

    /** Attaches an indexed document to the opened case. */
    public void attach(DocumentInfo document) {
        ClaimCase k = opened.get();
        if (k == null) {
            return;
        }
        if (document == null) {
            detailProblem.set("Choose the document to attach from the indexed documents.");
            return;
        }
        detailProblem.set("");
        CaseDocumentEdit edit = new CaseDocumentEdit(k.id(), document.sha256(), analystName(), k.version());
        tasks.run("attach document", () -> engine.attachToCase(edit), changedCase -> {
            rebase(changedCase);
            message.set("Attached " + document.name() + " to case " + k.claimNumber() + ".");
            load(k.id());
        }, e -> detailProblem.set(UserMessages.of(e)));
    }

    /** Detaches a document from the opened case; it stays indexed. */
    public void detach(CaseDocument document) {
        ClaimCase k = opened.get();
        if (k == null || document == null) {
            return;
        }
        detailProblem.set("");
        CaseDocumentEdit edit = new CaseDocumentEdit(k.id(), document.sha256(), analystName(), k.version());
        tasks.run("detach document", () -> engine.detachFromCase(edit), changedCase -> {
            rebase(changedCase);
            message.set("Detached " + document.name() + " from case " + k.claimNumber() + "; it stays indexed.");
            load(k.id());
        }, e -> detailProblem.set(UserMessages.of(e)));
    }

    /**
     * Takes the version the analyst's own attach or detach made as the opened one: fields being edited stay as typed
     * and will be saved on top of it (their own change does not make their edit stale).
     */
    private void rebase(ClaimCase k) {
        replace(k);
        ClaimCase shown = opened.get();
        if (shown != null && shown.id().equals(k.id())) {
            if (changed.get()) {
                opened.set(k);
                changed.set(differs());
            } else {
                showFields(k);
            }
        }
        if (active.get() != null && active.get().id().equals(k.id())) {
            active.set(k);
        }
    }

    /** Makes the opened case the active one and switches to Ask; refused while it has no indexed document. */
    public void askInCase() {
        ClaimCase k = opened.get();
        if (k == null) {
            return;
        }
        if (documents.stream().noneMatch(CaseDocument::indexed)) {
            detailProblem.set("Attach the policy wording (and the claim's documents) to case " + k.claimNumber()
                    + " before asking in it.");
            return;
        }
        active.set(k);
        showAsk.run();
    }

    /** The teammate who made a decision or last changed a case; empty for this analyst's own work. */
    public Optional<String> teammate(String author) {
        return new Teammates(() -> {
            String name = analystName();
            return name == null ? System.getProperty("user.name", "") : name;
        }).of(author);
    }

    /** The "Changed by" column: the name, or "from NAME" when a teammate made the last change. */
    public String changedBy(ClaimCase k) {
        return teammate(k.updatedBy()).map(Teammates::tag).orElse(k.updatedBy());
    }

    private String analystName() {
        String name = analyst.get();
        return name == null || name.isBlank() ? null : name;
    }

    /** The cases passing the filter, most recently changed first. */
    public ObservableList<ClaimCase> cases() {
        return filtered;
    }

    /** Words in the claim number, claimant, policy number or status. */
    public StringProperty filterProperty() {
        return filter;
    }

    public NewCaseForm form() {
        return form;
    }

    /** Whether the "New case" form shows. */
    public ReadOnlyBooleanProperty creatingProperty() {
        return creating;
    }

    /** The case in the detail pane, as last saved; null when none is open. */
    public ReadOnlyObjectProperty<ClaimCase> openedProperty() {
        return opened.getReadOnlyProperty();
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

    public ObjectProperty<CaseStatus> statusProperty() {
        return status;
    }

    /** Whether the fields differ from the saved case. */
    public ReadOnlyBooleanProperty changedProperty() {
        return changed.getReadOnlyProperty();
    }

    /** The opened case's documents, in the order attached. */
    public ObservableList<CaseDocument> documents() {
        return documents;
    }

    /** Indexed documents not attached to the opened case. */
    public ObservableList<DocumentInfo> attachable() {
        return attachable;
    }

    /** The opened case's versions, newest first: who changed what, when (attached and detached documents too). */
    public ObservableList<CaseChange> changes() {
        return changes;
    }

    /** The opened case's decisions, newest first. */
    public ObservableList<DecisionRecord> decisions() {
        return decisions;
    }

    /** Why the case list could not be read; "" when fine. */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    /** Why the last change to the opened case was refused; "" when fine. */
    public ReadOnlyStringProperty detailProblemProperty() {
        return detailProblem.getReadOnlyProperty();
    }

    /** What the last change did. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }
}
