package com.intelliclaim.engine.api;

import com.intelliclaim.engine.decide.Adjudicator;
import com.intelliclaim.engine.decide.DecisionMaker;
import com.intelliclaim.engine.decide.DecisionReviews;
import com.intelliclaim.engine.decide.facts.PatternFactExtractor;
import com.intelliclaim.engine.decide.llm.LlmAdjudicator;
import com.intelliclaim.engine.decide.llm.LlmOptions;
import com.intelliclaim.engine.decide.rules.KeywordProcedureMatcher;
import com.intelliclaim.engine.decide.rules.RulesAdjudicator;
import com.intelliclaim.engine.embed.Embedder;
import com.intelliclaim.engine.embed.EmbeddingModelInfo;
import com.intelliclaim.engine.embed.EmbeddingModelSource;
import com.intelliclaim.engine.embed.EmbeddingModels;
import com.intelliclaim.engine.embed.Lazy;
import com.intelliclaim.engine.index.ExactVectorIndex;
import com.intelliclaim.engine.index.KeywordIndexCorruptException;
import com.intelliclaim.engine.index.LuceneKeywordIndex;
import com.intelliclaim.engine.index.SearchIndexes;
import com.intelliclaim.engine.ingest.IngestPipeline;
import com.intelliclaim.engine.ingest.SourceFiles;
import com.intelliclaim.engine.ingest.chunk.StructureChunker;
import com.intelliclaim.engine.ingest.chunk.TokenCounter;
import com.intelliclaim.engine.ingest.parse.DocumentParsers;
import com.intelliclaim.engine.ingest.parse.PageText;
import com.intelliclaim.engine.ingest.parse.PdfDocumentParser;
import com.intelliclaim.engine.render.PdfPageRenderer;
import com.intelliclaim.engine.retrieve.HybridRetriever;
import com.intelliclaim.engine.retrieve.RetrievalTuning;
import com.intelliclaim.engine.retrieve.DocumentSelector;
import com.intelliclaim.engine.store.CaseStore;
import com.intelliclaim.engine.store.DataFolder;
import com.intelliclaim.engine.store.DecisionStore;
import com.intelliclaim.engine.store.DocumentStore;
import com.intelliclaim.engine.store.FolderSourceFileStore;
import com.intelliclaim.engine.store.H2CaseStore;
import com.intelliclaim.engine.store.H2DecisionStore;
import com.intelliclaim.engine.store.H2DocumentStore;
import com.intelliclaim.engine.store.H2Outbox;
import com.intelliclaim.engine.store.H2SharedRecords;
import com.intelliclaim.engine.store.SharedDocument;
import com.intelliclaim.engine.store.StoredChunk;
import com.intelliclaim.engine.store.StoredDocument;
import com.intelliclaim.engine.sync.SyncReport;
import com.intelliclaim.engine.sync.SyncSettings;
import com.intelliclaim.engine.sync.SyncStatus;
import com.intelliclaim.engine.sync.SyncWorker;
import com.intelliclaim.engine.sync.TeamImporter;
import com.intelliclaim.engine.sync.TeamSync;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.ReentrantLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The engine's facade: one data folder, its store and indexes, the embedding model, ingest, search, and claim
 * decisions with their history. Searches and asks may run concurrently with each other and with an ingest; ingest,
 * remove and reindex are serialised. Close it to release the data folder.
 */
public final class IntelliClaimEngine implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(IntelliClaimEngine.class);

    private final DataFolder folder;
    private final DocumentStore store;
    private final LuceneKeywordIndex keywords;
    private final EmbeddingModelSource model;
    private final ModelParts modelParts;
    private final Lazy<Embedder> embedder;
    private final Lazy<TokenCounter> tokenCounter;
    private final SourceFiles sources;
    private final RetrievalTuning tuning;
    private final ReentrantLock writeLock = new ReentrantLock();
    private final ExecutorService keywordLane = Executors.newFixedThreadPool(2, daemon("keyword-search"));
    private volatile SearchIndexes indexes;
    private volatile HybridRetriever retriever;
    private final DecisionStore decisions;
    private final CaseStore cases;
    private final DecisionMaker decisionMaker;
    private final DecisionReviews reviews;
    private final FolderSourceFileStore originals;
    private final PdfPageRenderer renderer = new PdfPageRenderer();
    private final H2SharedRecords shared;
    private final TeamSync teamSync;

    /** The model an engine embeds with, and its embedder and token counter, each made on first use. */
    private record ModelParts(EmbeddingModelSource source, Lazy<Embedder> embedder, Lazy<TokenCounter> tokenCounter) {
        static ModelParts of(EmbeddingModelSource source) {
            return new ModelParts(source, new Lazy<>(source::load), new Lazy<>(source::tokenCounter));
        }

        /** Loads the embedder and the token counter on another thread; a failure shows at their first use. */
        void loadInBackground() {
            CompletableFuture.runAsync(() -> {
                embedder.get();
                tokenCounter.get();
            }, ForkJoinPool.commonPool()).exceptionally(e -> {
                log.debug("Loading the embedding model in the background failed; its first use tries again", e);
                return null;
            });
        }

        /** Frees the embedder, waiting for one still loading. */
        void close() {
            embedder.close(IntelliClaimEngine::closeQuietly);
        }
    }

    private IntelliClaimEngine(DataFolder folder, H2DocumentStore store, LuceneKeywordIndex keywords,
                               ModelParts modelParts, EngineConfig config) {
        EmbeddingModelSource model = modelParts.source();
        this.folder = folder;
        this.store = store;
        this.decisions = H2DecisionStore.sharing(store);
        this.cases = H2CaseStore.sharing(store);
        KeywordProcedureMatcher procedures = new KeywordProcedureMatcher();
        Adjudicator rules = new RulesAdjudicator(procedures);
        this.decisionMaker = new DecisionMaker(new DecisionMaker.Parts(new PatternFactExtractor(),
                request -> retriever.retrieveWithLeadIns(request),
                llm -> llm == null ? rules : new LlmAdjudicator(llm, rules,
                        LlmOptions.DEFAULTS.withStandbyRules(RulesAdjudicator.VERSION)), decisions, cases,
                procedures),
                EngineVersion.current(), model.info().id());
        this.reviews = new DecisionReviews(decisions);
        this.keywords = keywords;
        this.model = model;
        this.modelParts = modelParts;
        this.embedder = modelParts.embedder();
        this.tokenCounter = modelParts.tokenCounter();
        this.sources = new SourceFiles(config.maxFileBytes());
        this.tuning = config.tuning();
        this.originals = FolderSourceFileStore.of(folder);
        this.shared = H2SharedRecords.sharing(store);
        this.teamSync = new TeamSync(new SyncWorker.Local(H2Outbox.sharing(store), shared, decisions, originals::path,
                new TeamImporter() {
                    @Override
                    public boolean importDocument(SharedDocument document, String addedBy) {
                        return importTeamDocument(document, addedBy);
                    }

                    @Override
                    public boolean removeDocument(String sha256) {
                        return removeTeamDocument(sha256);
                    }
                }, model.info().fingerprint()), originals);
    }

    /**
     * Opens the data folder. Fails with {@link ModelMismatchException} when its index was built with another model
     * (run {@link #openForReindex} then {@link #reindex}), with {@link DataFolderException} when the folder is in use
     * or unusable.
     */
    public static IntelliClaimEngine open(EngineConfig config) {
        return open(config, false, false);
    }

    /**
     * Opens the data folder like {@link #open} while the embedding model loads on another core, for work that needs
     * the model (ingest, search, ask): on a cold start the load then overlaps opening the database instead of
     * parsing. A model that fails to load here is not reported; the first use loads it again and reports it.
     */
    public static IntelliClaimEngine openLoadingModel(EngineConfig config) {
        return open(config, false, true);
    }

    /** Opens the data folder even when its index was built with another model, so that it can be re-embedded. */
    public static IntelliClaimEngine openForReindex(EngineConfig config) {
        return open(config, true, false);
    }

    private static IntelliClaimEngine open(EngineConfig config, boolean forReindex, boolean loadModel) {
        EmbeddingModelSource model = EmbeddingModels.resolve(config.embeddingModel());
        ModelParts parts = ModelParts.of(model);
        if (loadModel) {
            parts.loadInBackground();
        }
        DataFolder folder = null;
        H2DocumentStore store = null;
        LuceneKeywordIndex keywords = null;
        try {
            folder = DataFolder.open(config.dataDir());
            store = H2DocumentStore.open(folder);
            Optional<EmbeddingModelInfo> indexed = store.indexedModel();
            if (indexed.isEmpty()) {
                store.setIndexedModel(model.info());
            } else if (!indexed.get().equals(model.info()) && !forReindex) {
                throw ModelMismatchException.between(indexed.get(), model.info());
            }
            keywords = openKeywordIndex(folder.keywordIndexDir());
            IntelliClaimEngine engine = new IntelliClaimEngine(folder, store, keywords, parts, config);
            engine.loadIndexes(indexed.isPresent() && !indexed.get().equals(model.info()));
            engine.originals.sweep(store.documents().stream().map(DocumentInfo::sha256).collect(Collectors.toSet()));
            return engine;
        } catch (RuntimeException | Error e) {
            closeQuietly(keywords);
            closeQuietly(store);
            if (folder != null) {
                folder.close();
            }
            if (loadModel) {
                CompletableFuture.runAsync(parts::close, ForkJoinPool.commonPool());
            }
            throw e;
        }
    }

    /** The keyword index is derived data: a damaged one is wiped and rebuilt from the store. */
    private static LuceneKeywordIndex openKeywordIndex(Path directory) {
        try {
            return LuceneKeywordIndex.open(directory);
        } catch (KeywordIndexCorruptException e) {
            log.warn("The keyword index in {} is damaged; rebuilding it from the database", directory, e);
            return LuceneKeywordIndex.recreate(directory);
        }
    }

    private void loadIndexes(boolean vectorsStale) {
        long start = System.nanoTime();
        SearchIndexes fresh = new SearchIndexes(new ExactVectorIndex(model.info().dimension()), keywords);
        long chunks = vectorsStale ? 0 : fresh.load(store);
        this.indexes = fresh;
        this.retriever = new HybridRetriever(embedder, fresh, store, tuning, keywordLane);
        log.info("Loaded {} chunks into the search indexes in {} ms", chunks, (System.nanoTime() - start) / 1_000_000);
    }

    /** Loads the embedding model now (for example in the background at start-up) instead of at the first use. */
    public void warmUp() {
        embedder.get();
    }

    /** Ingests files and folders; see {@link IngestPipeline}. Cancel by interrupting the calling thread. */
    public IngestReport ingest(List<Path> paths, IngestListener listener) {
        writeLock.lock();
        try {
            IngestPipeline pipeline = new IngestPipeline(sources, DocumentParsers.defaults(),
                    new StructureChunker(tokenCounter.get()), embedder, store, indexes, originals);
            return pipeline.ingest(paths, listener);
        } finally {
            writeLock.unlock();
        }
    }

    /** The best passages for a question or keywords, with provenance. */
    public List<SearchHit> search(SearchRequest request) {
        return retriever.retrieve(request);
    }

    /**
     * Decides a claim question and keeps the decision in the history: facts read from the question (unless the
     * request gives corrected ones), passages retrieved (within the request's document when it names one), the
     * rules adjudicator or, with LLM settings, the LLM adjudicator (which falls back to the rules). The record
     * carries the versions, the hashes of the documents read and the audit trail of the real steps.
     *
     * Asked within a case ({@link AskRequest#caseId}, its id or claim number), retrieval reads only the case's
     * indexed documents and the record names the case.
     *
     * @throws InvalidQueryException when the request's document is not indexed (or not in the case), or the case
     *                               has no indexed documents
     * @throws CaseNotFoundException when the request names a case that does not exist
     */
    public DecisionRecord ask(AskRequest request) {
        return decisionMaker.ask(request);
    }

    /** The newest {@code limit} decisions (1 or more), newest first, overridden ones included, with their notes. */
    public List<DecisionRecord> decisions(int limit) {
        return decisions.list(limit);
    }

    /** The decision with this id, with its notes. */
    public Optional<DecisionRecord> decision(String id) {
        return decisions.find(id);
    }

    /**
     * Overrides a decision: a new record superseding it, with the analyst's outcome and reason ({@code by} null for
     * the OS user). The old record is kept unchanged.
     *
     * @throws DecisionNotFoundException           when no decision has this id
     * @throws DecisionAlreadyOverriddenException  when it was overridden already (override the newer record)
     * @throws InvalidReviewException              when the reason is empty or the outcome is unchanged
     */
    public DecisionRecord override(String id, Outcome decision, String reason, String by) {
        return reviews.override(id, decision, reason, by);
    }

    /**
     * Appends a note to a decision ({@code by} null for the OS user) and returns the record with all its notes.
     *
     * @throws DecisionNotFoundException when no decision has this id
     * @throws InvalidReviewException    when the text is empty
     */
    public DecisionRecord addNote(String id, String text, String by) {
        return reviews.addNote(id, text, by);
    }

    /**
     * Creates a claim case (status OPEN, version 1).
     *
     * @throws InvalidCaseException when another case has the claim number
     */
    public ClaimCase createCase(NewCase draft) {
        return cases.create(draft);
    }

    /**
     * Changes a case's fields and status; the version replaced is kept in the case's history.
     *
     * @throws CaseNotFoundException when no case has this id
     * @throws InvalidCaseException  when the case changed since the update's base version, or the claim number is
     *                               another case's
     */
    public ClaimCase updateCase(String id, CaseUpdate update) {
        return cases.update(id, update);
    }

    /** Every case, most recently changed first. */
    public List<ClaimCase> cases() {
        return cases.list();
    }

    /** The case with this id or claim number. */
    public Optional<ClaimCase> claimCase(String idOrClaimNumber) {
        return cases.find(idOrClaimNumber);
    }

    /** Who created a case and whether it is a teammate's, received through team sync; empty when no such case. */
    public Optional<CaseOrigin> caseOrigin(String id) {
        return cases.origin(id);
    }

    /** The earlier versions of a case, oldest first. */
    public List<ClaimCase> caseHistory(String id) {
        return cases.history(id);
    }

    /**
     * Attaches an indexed document, named as {@code --document} names it (a file name, its latest version, or a
     * SHA-256 prefix), to the current version of a case ({@code by} null for the OS user). Attaching it again changes
     * nothing. Made a new version of the case like {@link #attachToCase}.
     *
     * @return the document as attached
     * @throws CaseNotFoundException when no case has this id
     * @throws InvalidQueryException when no indexed document (or several) match {@code document}
     */
    public CaseDocument attachDocument(String caseId, String document, String by) {
        DocumentInfo doc = DocumentSelector.find(store, requireDocument(document));
        attachToCase(new CaseDocumentEdit(caseId, doc.sha256(), by, currentVersion(caseId)));
        return cases.documents(caseId).stream().filter(d -> d.sha256().equals(doc.sha256())).findFirst()
                .orElseThrow();
    }

    /**
     * Attaches an indexed document to the version of the case the analyst saw, as the case's next version; the case
     * history says who attached what, when. Attaching it again changes nothing.
     *
     * @return the case as changed (as it was when the document was attached already)
     * @throws CaseNotFoundException when no case has this id
     * @throws InvalidCaseException  when the case changed since the edit's base version
     * @throws InvalidQueryException when no indexed document (or several) match the edit's document
     */
    public ClaimCase attachToCase(CaseDocumentEdit edit) {
        return cases.attach(edit.withDocument(DocumentSelector.find(store, edit.document()).sha256()));
    }

    /**
     * Detaches a document from the current version of a case: its full SHA-256, else as {@link #attachDocument}
     * names it ({@code by} null for the OS user). The document stays indexed, and decisions made with it keep it.
     * Makes a new version of the case like {@link #detachFromCase}.
     *
     * @return false when it was not attached
     * @throws CaseNotFoundException when no case has this id
     */
    public boolean detachDocument(String caseId, String document, String by) {
        long version = currentVersion(caseId);
        return detachFromCase(new CaseDocumentEdit(caseId, requireDocument(document), by, version)).version()
                != version;
    }

    /**
     * Detaches a document (as {@link #detachDocument} names it) from the version of the case the analyst saw, as the
     * case's next version; the case history says who detached what, when. The document stays indexed.
     *
     * @return the case as changed (as it was when the document was not attached)
     * @throws CaseNotFoundException when no case has this id
     * @throws InvalidCaseException  when the case changed since the edit's base version
     */
    public ClaimCase detachFromCase(CaseDocumentEdit edit) {
        String wanted = edit.document();
        for (CaseDocument attached : cases.documents(edit.caseId())) {
            if (attached.sha256().equalsIgnoreCase(wanted) || attached.name().equals(wanted)) {
                return cases.detach(edit.withDocument(attached.sha256()));
            }
        }
        return cases.detach(edit.withDocument(DocumentSelector.find(store, wanted).sha256()));
    }

    /** Every version of a case, oldest first, with who made it, when and what it changed; empty for no such case. */
    public List<CaseChange> caseChanges(String id) {
        return cases.changes(id);
    }

    private long currentVersion(String caseId) {
        return cases.find(caseId).filter(k -> k.id().equals(caseId)).map(ClaimCase::version)
                .orElseThrow(() -> new CaseNotFoundException(caseId));
    }

    private static String requireDocument(String document) {
        if (document == null || document.isBlank()) {
            throw new InvalidQueryException("Name the document: its file name or the start of its SHA-256.");
        }
        return document;
    }

    /** The documents of a case, in the order attached, each saying whether it is indexed now. */
    public List<CaseDocument> caseDocuments(String caseId) {
        return cases.documents(caseId);
    }

    /** The decisions made in a case, newest first (overrides too), with their notes. */
    public List<DecisionRecord> caseDecisions(String caseId) {
        return cases.decisions(caseId);
    }

    /**
     * Sends the changes waiting in the outbox to the team's backend and takes the team's new documents (searchable at
     * once, without embedding), decisions and notes; see {@link TeamSync#sync}.
     *
     * @throws com.intelliclaim.engine.sync.SyncException with a plain message when it could not finish
     */
    public SyncReport sync(SyncSettings settings) {
        return teamSync.sync(settings);
    }

    /**
     * {@link #sync(SyncSettings)} with progress: changes sent of those waiting, then records received (total -1).
     * Interrupting the calling thread stops the pass between batches ({@link java.util.concurrent.CancellationException}).
     */
    public SyncReport sync(SyncSettings settings, ProgressListener progress) {
        return teamSync.sync(settings, progress);
    }

    /** Who sent each teammate's document that team sync took into this folder, by SHA-256 (own documents absent). */
    public Map<String, String> teamDocumentSenders() {
        return teamSync.documentSenders();
    }

    /** Changes waiting to be sent, the last successful sync and the last failure. */
    public SyncStatus syncStatus() {
        return teamSync.status();
    }

    /** The changes waiting to be sent, by kind (documents, decisions, cases, removals, …); kinds with none left out. */
    public java.util.Map<com.intelliclaim.engine.store.ChangeKind, Long> syncPendingByKind() {
        return teamSync.pendingByKind();
    }

    /** The original file of a document, fetched from the team's store on first use; see {@link TeamSync#original}. */
    public Path originalFile(String sha256, SyncSettings settings) {
        return teamSync.original(sha256, settings);
    }

    /** A teammate's removal: see {@link H2SharedRecords#removeTeamDocument} for when the document stays. */
    private boolean removeTeamDocument(String sha256) {
        writeLock.lock();
        try {
            boolean[] removed = {false};
            indexes.publishing(() -> shared.removeTeamDocument(sha256).ifPresent(id -> {
                indexes.remove(id, store.revision());
                removed[0] = true;
            }));
            if (removed[0]) {
                deleteOriginal(sha256);
            }
            return removed[0];
        } finally {
            writeLock.unlock();
        }
    }

    private boolean importTeamDocument(SharedDocument document, String addedBy) {
        writeLock.lock();
        try {
            boolean[] imported = {false};
            // Store and indexes change under the indexes' write lock: a search sees the document in both or neither.
            indexes.publishing(() -> shared.importDocument(document, addedBy).ifPresent(s -> {
                indexes.add(store.chunksOf(s.info().id()), document.vectors(), store.revision());
                imported[0] = true;
            }));
            return imported[0];
        } finally {
            writeLock.unlock();
        }
    }

    /** Indexed documents, newest first. */
    public List<DocumentInfo> documents() {
        return store.documents();
    }

    /** The text of a document's pages, for showing a cited page. */
    public List<PageText> pages(long documentId) {
        return store.pages(documentId);
    }

    /** The chunks of a document, in order. */
    public List<StoredChunk> chunks(long documentId) {
        return store.chunksOf(documentId);
    }

    /**
     * The kept original file of the document with this SHA-256: empty for documents ingested before originals were
     * kept, or when it could not be written. Read it, do not change it; it is deleted when its document is removed.
     */
    public Optional<Path> sourceFile(String sha256) {
        return originals.path(sha256);
    }

    /**
     * Renders a page of a kept PDF original and finds the request's cited words on it. Empty when the document is
     * not indexed, is not a PDF, or has no kept original (show its text instead). Safe to call alongside anything.
     *
     * @throws InvalidQueryException    when the document has no such page
     * @throws CorruptDocumentException when the kept file cannot be read
     */
    public Optional<RenderedPage> renderPage(PageRequest request) {
        boolean pdf = store.findBySha256(request.sha256())
                .filter(d -> PdfDocumentParser.MEDIA_TYPE.equals(d.mediaType())).isPresent();
        Optional<Path> file = pdf ? originals.path(request.sha256()) : Optional.empty();
        return file.map(f -> renderer.render(f, request));
    }

    /**
     * Removes a document and its chunks from the store and the indexes, and its kept original; false when it was
     * not there.
     */
    public boolean remove(long documentId) {
        writeLock.lock();
        try {
            Optional<String> sha = store.findById(documentId).map(DocumentInfo::sha256);
            boolean[] removed = {false};
            // Store and indexes change under the indexes' write lock: a search sees the document in both or neither.
            indexes.publishing(() -> {
                removed[0] = store.remove(documentId);
                if (removed[0]) {
                    indexes.remove(documentId, store.revision());
                }
            });
            if (removed[0]) {
                // sha256 is unique and ingest waits for the write lock held here, so nothing else uses this file.
                sha.ifPresent(this::deleteOriginal);
            }
            return removed[0];
        } finally {
            writeLock.unlock();
        }
    }

    /**
     * Re-embeds every document with the configured model, reporting documents done of total. Crash-safe: until it
     * completes, the store records a model id that no configuration matches, so an interrupted reindex is noticed
     * at the next start and asked for again.
     */
    public void reindex(ProgressListener progress) {
        writeLock.lock();
        try {
            EmbeddingModelInfo target = model.info();
            EmbeddingModelInfo pending = new EmbeddingModelInfo("reindex-incomplete:" + target.id(),
                    target.dimension(), target.maxTokens());
            store.setIndexedModel(pending);
            List<DocumentInfo> documents = store.documents();
            for (int i = 0; i < documents.size(); i++) {
                if (Thread.currentThread().isInterrupted()) {
                    throw new java.util.concurrent.CancellationException("reindex cancelled");
                }
                DocumentInfo doc = documents.get(i);
                progress.progress(i, documents.size(), "Re-embedding " + doc.name());
                List<String> texts = store.chunksOf(doc.id()).stream().map(StoredChunk::text).toList();
                store.replaceVectors(doc.id(), embedder.get().embedPassages(texts), pending);
            }
            store.setIndexedModel(target);
            // The keyword index is shared by the old and new search indexes: searches wait until it is rebuilt.
            indexes.publishing(() -> {
                keywords.clear();
                loadIndexes(false);
            });
            progress.progress(documents.size(), documents.size(), "Re-embedded " + documents.size() + " documents");
        } finally {
            writeLock.unlock();
        }
    }

    /** A file left behind is swept at the next open; removing the document must not fail because of it. */
    private void deleteOriginal(String sha) {
        try {
            originals.path(sha).ifPresent(renderer::forget); // the viewer may hold it open
            originals.delete(sha);
        } catch (java.io.UncheckedIOException e) {
            log.warn("Could not delete the original of document {}; it is swept at the next open", sha, e);
        }
    }

    public EngineStats stats() {
        List<DocumentInfo> documents = store.documents();
        long chunks = documents.stream().mapToLong(DocumentInfo::chunks).sum();
        return new EngineStats(documents.size(), chunks, model.info().id());
    }

    public EmbeddingModelInfo model() {
        return model.info();
    }

    /** The data folder this engine holds. */
    public Path dataDir() {
        return folder.root();
    }

    @Override
    public void close() {
        writeLock.lock();
        try {
            keywordLane.shutdownNow();
            renderer.close();
            modelParts.close(); // waits for a model still loading, then frees it
            closeQuietly(keywords);
            closeQuietly(store);
        } finally {
            folder.close();
            writeLock.unlock();
        }
    }

    private static ThreadFactory daemon(String name) {
        AtomicInteger count = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, name + "-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }

    private static void closeQuietly(AutoCloseable closeable) {
        if (closeable == null) {
            return;
        }
        try {
            closeable.close();
        } catch (Exception e) {
            log.warn("Could not close {}", closeable.getClass().getSimpleName(), e);
        }
    }
}
