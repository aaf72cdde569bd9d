package com.intelliclaim.engine.ingest.parse;

import com.intelliclaim.engine.api.DocumentException;
import com.intelliclaim.engine.api.EmptyDocumentException;
import com.intelliclaim.engine.api.UnsupportedFormatException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Reads plain-text files. The encoding is taken from a byte-order mark (UTF-8, UTF-16LE/BE); without one the bytes
 * must be valid UTF-8, else they are read as windows-1252 (what older Windows tools write). Form feeds separate
 * pages; without any the whole file is one page. Whitespace is normalised as for PDFs. Stateless and thread-safe.
 */
public final class TextDocumentParser implements DocumentParser {
    public static final String MEDIA_TYPE = "text/plain";
    static final Set<String> EXTENSIONS = Set.of("txt", "text", "md");
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    /**
     * Accepts content that reads as text, whatever its name, and content with a few stray control characters if it
     * is named .txt, .text or .md. Never accepts a known binary format (PDF, images, archives) or NUL bytes.
     */
    @Override
    public boolean accepts(SourceDocument source) {
        return readableAsText(source, FileType.sniff(source.bytes()));
    }

    private static boolean readableAsText(SourceDocument source, FileType type) {
        boolean textName = EXTENSIONS.contains(extension(source.name()));
        return (type == FileType.TEXT || (type == FileType.BINARY && textName)) && !hasNulOutsideUtf16(source.bytes());
    }

    /** NUL bytes mean binary data, except in UTF-16 where every ASCII character carries one. */
    private static boolean hasNulOutsideUtf16(byte[] bytes) {
        if (startsWith(bytes, 0xFF, 0xFE) || startsWith(bytes, 0xFE, 0xFF)) {
            return false;
        }
        for (byte b : bytes) {
            if (b == 0) {
                return true;
            }
        }
        return false;
    }

    /**
     * Decodes the text and splits it into pages at form feeds; a form feed that ends the file does not start a page.
     *
     * @throws EmptyDocumentException for 0 bytes or a file of only blank space
     * @throws UnsupportedFormatException when the content is binary (NUL bytes, or a known format such as PDF)
     */
    @Override
    public ParsedDocument parse(SourceDocument source) throws DocumentException {
        byte[] bytes = source.bytes();
        if (bytes.length == 0) {
            throw new EmptyDocumentException(source.path(), "the file is empty (0 bytes), so there is nothing to read.");
        }
        FileType type = FileType.sniff(bytes);
        if (!readableAsText(source, type)) {
            String looks = type == FileType.TEXT ? "it contains binary data (NUL bytes)" : "it looks like "
                    + type.description();
            throw new UnsupportedFormatException(source.path(), "it is not a plain-text file: " + looks + ". "
                    + (type == FileType.TEXT ? FileType.BINARY.advice() : type.advice()));
        }
        String text = decode(bytes);
        if (text.isBlank()) {
            throw new EmptyDocumentException(source.path(), "the file contains only blank space, so there is nothing"
                    + " to read.");
        }
        String[] parts = text.split("\f", -1);
        int count = parts.length > 1 && parts[parts.length - 1].isBlank() ? parts.length - 1 : parts.length;
        List<PageText> pages = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            pages.add(new PageText(i + 1, TextCleaner.normalizeWhitespace(parts[i])));
        }
        return new ParsedDocument(MEDIA_TYPE, pages);
    }

    /** Decodes by byte-order mark, else strict UTF-8, else windows-1252. The mark itself is dropped. */
    static String decode(byte[] bytes) {
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            return new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        }
        if (startsWith(bytes, 0xFF, 0xFE)) {
            return new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16LE);
        }
        if (startsWith(bytes, 0xFE, 0xFF)) {
            return new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16BE);
        }
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException notUtf8) {
            return new String(bytes, WINDOWS_1252);
        }
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    static String extension(String name) {
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }
}
