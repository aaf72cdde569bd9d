package com.intelliclaim.engine.ingest.parse;

import java.nio.charset.StandardCharsets;

/**
 * What a file looks like, judged by its first bytes (magic numbers), so that parsers and error messages agree on one
 * answer. Sniffing never trusts the file name: a PNG renamed to {@code .pdf} is still a PNG.
 */
public enum FileType {
    EMPTY("an empty file", "There is nothing to read."),
    PDF("a PDF document", ""),
    TEXT("plain text", ""),
    EMAIL("an e-mail message (.eml)", ""),
    PNG("a PNG image", ""),
    JPEG("a JPEG image", ""),
    GIF("a GIF image", ""),
    TIFF("a TIFF image", ""),
    DOCX("a Word document (.docx)", ""),
    ZIP("a ZIP archive (or an Office file)", "Unzip it, or save it as PDF, and add the PDF files."),
    LEGACY_OFFICE("an old Microsoft Office file (.doc, .xls)", "Save it as PDF from Office and add the PDF."),
    BINARY("binary data of an unknown kind", "Only PDF, Word (.docx), image and plain-text files can be added.");

    /** How far into the file a {@code %PDF-} header may start; readers tolerate some leading junk. */
    static final int PDF_HEADER_WINDOW = 1024;
    private static final int TEXT_SAMPLE = 8192;
    private static final int ZIP_SAMPLE = 65_536;
    private static final java.util.regex.Pattern EMAIL_HEADER = java.util.regex.Pattern.compile("[A-Za-z][A-Za-z0-9-]*: ");

    private final String description;
    private final String advice;

    FileType(String description, String advice) {
        this.description = description;
        this.advice = advice;
    }

    /** A phrase for messages, such as "a PNG image", to follow "it looks like". */
    public String description() {
        return description;
    }

    /** What the analyst can do about a file of this type; empty for supported types. */
    public String advice() {
        return advice;
    }

    /** Whether the content is a picture that only OCR could turn into text. */
    public boolean isImage() {
        return this == PNG || this == JPEG || this == GIF || this == TIFF;
    }

    /** Classifies content by its magic bytes; falls back to a text/binary judgement. Never null. */
    public static FileType sniff(byte[] bytes) {
        if (bytes.length == 0) {
            return EMPTY;
        }
        if (indexOf(bytes, "%PDF-", PDF_HEADER_WINDOW) >= 0) {
            return PDF;
        }
        if (startsWith(bytes, 0x89, 'P', 'N', 'G')) {
            return PNG;
        }
        if (startsWith(bytes, 0xFF, 0xD8, 0xFF)) {
            return JPEG;
        }
        if (startsWith(bytes, 'G', 'I', 'F', '8')) {
            return GIF;
        }
        if (startsWith(bytes, 'I', 'I', 42, 0) || startsWith(bytes, 'M', 'M', 0, 42)) {
            return TIFF;
        }
        if (startsWith(bytes, 'P', 'K', 3, 4)) {
            // Office Open XML files are ZIPs whose entry names are stored uncompressed in the local headers.
            return indexOf(bytes, "word/", ZIP_SAMPLE) >= 0 ? DOCX : ZIP;
        }
        if (startsWith(bytes, 0xD0, 0xCF, 0x11, 0xE0)) {
            return LEGACY_OFFICE;
        }
        if (!looksLikeText(bytes)) {
            return BINARY;
        }
        return looksLikeEmail(bytes) ? EMAIL : TEXT;
    }

    /**
     * An e-mail starts with header lines ("Name: value") and has a From header and a Subject, Date or MIME-Version
     * header among its first lines.
     */
    static boolean looksLikeEmail(byte[] bytes) {
        String head = new String(bytes, 0, Math.min(bytes.length, TEXT_SAMPLE), StandardCharsets.ISO_8859_1);
        int end = head.indexOf("\n\n") >= 0 ? head.indexOf("\n\n") : head.indexOf("\r\n\r\n");
        String headers = end >= 0 ? head.substring(0, end) : head;
        if (!EMAIL_HEADER.matcher(headers).lookingAt()) {
            return false;
        }
        String lower = "\n" + headers.toLowerCase(java.util.Locale.ROOT);
        return lower.contains("\nfrom:") && (lower.contains("\nsubject:") || lower.contains("\ndate:")
                || lower.contains("\nmime-version:"));
    }

    /**
     * Text has a Unicode byte-order mark, or no NUL bytes and almost no other control characters in its first 8 KB.
     * Any byte sequence decodes as windows-1252, so control characters are the only reliable binary signal.
     */
    static boolean looksLikeText(byte[] bytes) {
        if (startsWith(bytes, 0xFE, 0xFF) || startsWith(bytes, 0xFF, 0xFE) || startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            return true;
        }
        int sample = Math.min(bytes.length, TEXT_SAMPLE);
        int controls = 0;
        for (int i = 0; i < sample; i++) {
            int b = bytes[i] & 0xFF;
            if (b == 0) {
                return false;
            }
            if (b < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != '\f' && b != 0x1B) {
                controls++;
            }
        }
        return controls * 100 <= sample;
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

    private static int indexOf(byte[] bytes, String ascii, int window) {
        byte[] needle = ascii.getBytes(StandardCharsets.US_ASCII);
        int last = Math.min(bytes.length, window) - needle.length;
        for (int i = 0; i <= last; i++) {
            int j = 0;
            while (j < needle.length && bytes[i + j] == needle[j]) {
                j++;
            }
            if (j == needle.length) {
                return i;
            }
        }
        return -1;
    }
}
