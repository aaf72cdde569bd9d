package com.intelliclaim.engine.sync;

import com.intelliclaim.engine.store.H2Outbox;
import java.time.Instant;
import java.util.Base64;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;

/**
 * The sync worker's state in the local database: pull cursor, last success, last error, and who sent each teammate's
 * document taken here (the local documents table has no column for it; keys hold the SHA-256 in base64url to fit).
 */
final class SyncLedger {
    private static final String DOCUMENTS = "cursor.documents";
    private static final String DECISIONS = "cursor.decisions";
    private static final String NOTES = "cursor.notes";
    private static final String LAST_SUCCESS = "last.success";
    private static final String LAST_ERROR = "last.error";
    private static final String LAST_ERROR_AT = "last.error.at";
    private static final String SENT_BY = "doc.from.";

    private final H2Outbox outbox;

    SyncLedger(H2Outbox outbox) {
        this.outbox = outbox;
    }

    SyncCursor cursor() {
        return new SyncCursor(number(DOCUMENTS), number(DECISIONS), number(NOTES));
    }

    void saveCursor(SyncCursor cursor) {
        outbox.setState(DOCUMENTS, Long.toString(cursor.documents()));
        outbox.setState(DECISIONS, Long.toString(cursor.decisions()));
        outbox.setState(NOTES, Long.toString(cursor.notes()));
    }

    void succeeded(Instant at) {
        outbox.setState(LAST_SUCCESS, at.toString());
    }

    void failed(String reason, Instant at) {
        outbox.setState(LAST_ERROR, reason);
        outbox.setState(LAST_ERROR_AT, at.toString());
    }

    void documentFrom(String sha256, String sender) {
        if (sender != null && !sender.isBlank()) {
            outbox.setState(SENT_BY + Base64.getUrlEncoder().withoutPadding()
                    .encodeToString(HexFormat.of().parseHex(sha256)), sender);
        }
    }

    /** Who sent each teammate's document taken here, by SHA-256 (hex). */
    Map<String, String> documentSenders() {
        Map<String, String> senders = new HashMap<>();
        outbox.states(SENT_BY).forEach((key, sender) -> senders.put(HexFormat.of().formatHex(
                Base64.getUrlDecoder().decode(key.substring(SENT_BY.length()))), sender));
        return senders;
    }

    SyncStatus status() {
        return new SyncStatus(outbox.pending(), outbox.state(LAST_SUCCESS).map(Instant::parse),
                outbox.state(LAST_ERROR), outbox.state(LAST_ERROR_AT).map(Instant::parse));
    }

    private long number(String key) {
        Optional<String> value = outbox.state(key);
        return value.map(Long::parseLong).orElse(0L);
    }
}
