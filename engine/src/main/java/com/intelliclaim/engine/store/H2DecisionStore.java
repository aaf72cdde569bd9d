package com.intelliclaim.engine.store;

import com.intelliclaim.engine.api.DecisionAlreadyOverriddenException;
import com.intelliclaim.engine.api.DecisionNote;
import com.intelliclaim.engine.api.DecisionNotFoundException;
import com.intelliclaim.engine.api.DecisionRecord;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The {@link DecisionStore} in the same H2 file as the documents (tables of migration V4), so a decision and the
 * documents it read are backed up, moved and encrypted together. Inserts and selects only. Writes do not bump the
 * document revision: the search indexes do not derive from decisions. Thread-safe; it lives as long as the
 * {@link H2DocumentStore} it shares, whose {@code close()} closes the database of both.
 */
public final class H2DecisionStore implements DecisionStore {
    private static final Logger LOG = LoggerFactory.getLogger(H2DecisionStore.class);

    private final StoreDatabase database;

    private H2DecisionStore(StoreDatabase database) {
        this.database = database;
    }

    /** The decision history in the database of an open document store. Each write also records a sync outbox row. */
    public static H2DecisionStore sharing(H2DocumentStore documents) {
        return new H2DecisionStore(documents.database());
    }

    @Override
    public void append(DecisionRecord record) {
        DecisionChecks.storable(record);
        database.append("save decision " + record.id(), c -> {
            if (DecisionRows.exists(c, record.id())) {
                throw new IllegalArgumentException("A decision with the id " + record.id() + " is stored already;"
                        + " records are never replaced.");
            }
            if (record.supersedes() != null) {
                if (!DecisionRows.exists(c, record.supersedes())) {
                    throw new DecisionNotFoundException(record.supersedes());
                }
                Optional<String> by = DecisionRows.overriddenBy(c, record.supersedes());
                if (by.isPresent()) {
                    throw new DecisionAlreadyOverriddenException(record.supersedes(), by.get());
                }
            }
            DecisionRows.insert(c, record);
            for (DecisionNote note : record.notes()) {
                DecisionRows.insertNote(c, record.id(), note);
            }
            OutboxRows.record(c, record.supersedes() == null ? ChangeKind.DECISION : ChangeKind.OVERRIDE, record.id());
            return null;
        });
        LOG.debug("Stored decision {} ({}{})", record.id(), record.decision(),
                record.supersedes() == null ? "" : ", overriding " + record.supersedes());
    }

    @Override
    public Optional<DecisionRecord> find(String id) {
        if (id == null || id.isBlank() || id.length() > DecisionChecks.MAX_ID) {
            return Optional.empty();
        }
        return database.read("read decision " + id, c -> DecisionRows.find(c, id));
    }

    @Override
    public List<DecisionRecord> list(int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("List at least one decision, not " + limit + ".");
        }
        return database.read("list the decisions", c -> DecisionRows.newest(c, limit));
    }

    @Override
    public void addNote(String id, DecisionNote note) {
        DecisionChecks.note(note);
        database.append("save a note on decision " + id, c -> {
            if (id == null || !DecisionRows.exists(c, id)) {
                throw new DecisionNotFoundException(id);
            }
            DecisionRows.insertNote(c, id, note);
            OutboxRows.record(c, ChangeKind.NOTE, id);
            return null;
        });
    }
}
