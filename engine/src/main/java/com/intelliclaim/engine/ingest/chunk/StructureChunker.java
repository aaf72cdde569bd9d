package com.intelliclaim.engine.ingest.chunk;

import com.intelliclaim.engine.ingest.parse.ParsedDocument;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Chunks policy wordings along their structure: numbered clauses, definitions, headings, list items and table rows
 * (see {@link LineClassifier}). A clause with its items is one chunk when it fits; short sibling clauses under the
 * same heading merge up to the target size unless they carry clause numbers of their own; a definition stands alone; a clause longer than the maximum is cut at
 * sentence (else line, else word) boundaries with a small overlap, every piece keeping the clause number and heading.
 * Chunk text is the document's own text; headings are also given as the chunk's heading path. Stateless and
 * thread-safe when the {@link TokenCounter} is.
 */
public final class StructureChunker implements Chunker {
    private static final Logger LOG = LoggerFactory.getLogger(StructureChunker.class);

    private final TokenCounter counter;
    private final ChunkingOptions options;
    private final LineClassifier classifier = new LineClassifier();
    private final PieceSplitter splitter;

    /** A chunker that measures with {@code counter} and aims for the sizes in {@code options}. */
    public StructureChunker(TokenCounter counter, ChunkingOptions options) {
        this.counter = Objects.requireNonNull(counter, "counter");
        this.options = Objects.requireNonNull(options, "options");
        this.splitter = new PieceSplitter(counter, options);
    }

    /** A chunker with {@link ChunkingOptions#defaults()}. */
    public StructureChunker(TokenCounter counter) {
        this(counter, ChunkingOptions.defaults());
    }

    /**
     * Returns the chunks in document order (ordinals 0, 1, 2 …). Every non-blank line lands in at least one chunk; no
     * chunk is blank; no chunk has more than {@code maxTokens} tokens unless it is a single word. A chunk within one
     * page has exactly the page's text from {@code startOffset} to {@code endOffset}; a chunk across pages has the
     * pages' text joined with '\n'. An empty document gives an empty list.
     */
    @Override
    public List<ChunkDraft> chunk(ParsedDocument document) {
        Objects.requireNonNull(document, "document");
        DocumentText text = new DocumentText(document);
        List<Sized> blocks = merge(BlockBuilder.build(classifier, text.nonBlankLines()), text);
        List<ChunkDraft> chunks = new ArrayList<>();
        for (Sized sized : blocks) {
            Block block = sized.block();
            List<PieceSplitter.Span> pieces = sized.tokens() <= options.maxTokens()
                    ? List.of(new PieceSplitter.Span(block.start(), block.end()))
                    : splitter.split(text.text(), block);
            for (PieceSplitter.Span piece : pieces) {
                chunks.add(draft(chunks.size(), text, piece, block));
            }
        }
        LOG.debug("Cut {} pages into {} blocks and {} chunks", document.pageCount(), blocks.size(), chunks.size());
        return chunks;
    }

    /** A block and its size in tokens. */
    private record Sized(Block block, int tokens) {}

    /**
     * Joins short siblings: consecutive non-definition blocks under the same heading, up to the target size. Sizes
     * of joined blocks are added up (word-piece counts are additive across whitespace) and the joined group is
     * counted once more at the end, so the maximum holds for any counter; counting is the costly part of chunking.
     */
    private List<Sized> merge(List<Block> blocks, DocumentText text) {
        List<Sized> merged = new ArrayList<>();
        Block group = null;
        int groupTokens = 0;
        int groupSize = 0;
        for (Block block : blocks) {
            int blockTokens = tokens(text, block.start(), block.end());
            if (group != null && mergeable(group, block)) {
                int together = groupTokens + blockTokens;
                boolean small = groupTokens < options.minTokens() || blockTokens < options.minTokens();
                if (together <= options.targetTokens() || (small && together <= options.maxTokens())) {
                    group = group.append(block);
                    groupTokens = together;
                    groupSize++;
                    continue;
                }
            }
            if (group != null) {
                merged.add(sized(group, groupTokens, groupSize, text));
            }
            group = block;
            groupTokens = blockTokens;
            groupSize = 1;
        }
        if (group != null) {
            merged.add(sized(group, groupTokens, groupSize, text));
        }
        return merged;
    }

    private Sized sized(Block group, int summedTokens, int blockCount, DocumentText text) {
        return new Sized(group, blockCount == 1 ? summedTokens : tokens(text, group.start(), group.end()));
    }

    /**
     * Whether {@code next} may join {@code group}: neither is a definition, {@code next} opens no heading, both sit
     * under the same heading, and {@code next} does not open a numbered clause of its own: a citation must be able to
     * say "clause 4.2", so sibling clauses with dotted numbers or codes ("4.2", "Excl03") stay apart however short
     * they are; plainly numbered list items ("1.", "2.") still merge.
     */
    private static boolean mergeable(Block group, Block next) {
        return !group.definition()
                && !next.definition()
                && !next.startsWithHeading()
                && Objects.equals(group.heading(), next.heading())
                && !opensOwnClause(group, next);
    }

    private static boolean opensOwnClause(Block group, Block next) {
        String clause = next.clause();
        return clause != null && !clause.equals(group.clause()) && !clause.chars().allMatch(Character::isDigit)
                && clause.chars().anyMatch(Character::isDigit);
    }

    private int tokens(DocumentText text, int start, int end) {
        return counter.count(text.slice(start, end));
    }

    private static ChunkDraft draft(int ordinal, DocumentText text, PieceSplitter.Span piece, Block block) {
        int page = text.pageAt(piece.start());
        int pageEnd = text.pageAt(piece.end() - 1);
        return new ChunkDraft(
                ordinal,
                text.slice(piece.start(), piece.end()),
                page,
                pageEnd,
                block.clause(),
                block.heading(),
                text.offsetInPage(piece.start(), piece.start()),
                text.offsetInPage(piece.end(), piece.end() - 1));
    }
}
