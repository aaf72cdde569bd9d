package com.intelliclaim.engine.ingest.parse;

import com.intelliclaim.engine.api.CorruptDocumentException;
import com.intelliclaim.engine.api.DocumentException;
import com.intelliclaim.engine.api.DocumentTooLargeException;
import com.intelliclaim.engine.api.UnsupportedFormatException;
import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.internet.ContentType;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.internet.MimeUtility;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.CancellationException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads e-mail messages (.eml, RFC 822 / MIME) with Jakarta Mail (Angus): one page with the From, To, Cc, Date and
 * Subject headers and the body as text (the plain-text alternative when there is one, else the HTML reduced to text),
 * and every attached file, forwarded messages included, as an {@link Attachment} to be ingested as its own document.
 * Malformed address or date headers are shown as written; MIME nested deeper than {@value #MAX_DEPTH} levels is
 * refused. Stateless and thread-safe.
 */
public final class EmailDocumentParser implements DocumentParser {
    public static final String MEDIA_TYPE = "message/rfc822";
    /** Real mail nests a handful of levels (mixed → alternative → related); deeper is malformed or hostile. */
    static final int MAX_DEPTH = 20;
    /** More attachments than this in one message is refused rather than flooding the index. */
    static final int MAX_ATTACHMENTS = 100;
    private static final String[] HEADERS = {"From", "To", "Cc", "Date", "Subject"};
    private static final Logger LOG = LoggerFactory.getLogger(EmailDocumentParser.class);

    @Override
    public boolean accepts(SourceDocument source) {
        return FileType.sniff(source.bytes()) == FileType.EMAIL;
    }

    /**
     * @throws UnsupportedFormatException when the content is not an e-mail
     * @throws DocumentTooLargeException when the MIME structure nests too deep or carries too many attachments
     * @throws CorruptDocumentException when the message cannot be read
     */
    @Override
    public ParsedDocument parse(SourceDocument source) throws DocumentException {
        FileType type = FileType.sniff(source.bytes());
        if (type != FileType.EMAIL) {
            throw new UnsupportedFormatException(source.path(), "it is not an e-mail message: it looks like "
                    + type.description() + ".");
        }
        try {
            MimeMessage message = new MimeMessage(Session.getInstance(new Properties()),
                    new ByteArrayInputStream(source.bytes()));
            StringBuilder text = new StringBuilder();
            for (String name : HEADERS) {
                String value = header(message, name);
                if (!value.isEmpty()) {
                    text.append(name).append(": ").append(value).append('\n');
                }
            }
            MailParts parts = new MailParts(source);
            parts.walk(message, 0);
            if (parts.attachments.size() > MAX_ATTACHMENTS) {
                throw new DocumentTooLargeException(source.path(), "the e-mail has " + parts.attachments.size()
                        + " attachments, more than the limit of " + MAX_ATTACHMENTS + ".");
            }
            text.append('\n').append(parts.body());
            if (!parts.attachments.isEmpty()) {
                text.append("\n\nAttachments: ").append(String.join(", ",
                        parts.attachments.stream().map(Attachment::name).toList()));
            }
            PageText page = new PageText(1, TextCleaner.normalizeWhitespace(text.toString()).strip());
            return new ParsedDocument(MEDIA_TYPE, List.of(page), parts.attachments);
        } catch (DocumentException | CancellationException e) {
            throw e;
        } catch (MessagingException | IOException | RuntimeException e) {
            LOG.debug("Jakarta Mail could not read {}", source.name(), e);
            throw new CorruptDocumentException(source.path(), "the e-mail is malformed and cannot be read. Save it"
                    + " again from the mail program (as .eml) and add the new copy.", e);
        }
    }

    /** The header decoded (RFC 2047 words), unfolded; as written when it does not decode; empty when absent. */
    private static String header(MimeMessage message, String name) throws MessagingException {
        String raw = message.getHeader(name, ", ");
        if (raw == null) {
            return "";
        }
        String unfolded = raw.replaceAll("\\r?\\n[ \\t]+", " ").strip();
        try {
            return MimeUtility.decodeText(unfolded);
        } catch (java.io.UnsupportedEncodingException | IllegalArgumentException e) {
            return unfolded;
        }
    }

    /** Walks the MIME tree once, keeping the best body text and every attachment. */
    private static final class MailParts {
        private final SourceDocument source;
        private final List<Attachment> attachments = new ArrayList<>();
        private final List<String> plain = new ArrayList<>();
        private final List<String> html = new ArrayList<>();

        MailParts(SourceDocument source) {
            this.source = source;
        }

        void walk(Part part, int depth) throws MessagingException, IOException {
            if (depth > MAX_DEPTH) {
                throw new DocumentTooLargeException(source.path(), "the e-mail nests its parts more than " + MAX_DEPTH
                        + " levels deep, which real mail never does; it was not read.");
            }
            if (Thread.currentThread().isInterrupted()) {
                throw new CancellationException("ingest cancelled");
            }
            String fileName = fileName(part);
            if (fileName != null || part.isMimeType("message/rfc822")) {
                attachments.add(new Attachment(fileName != null ? fileName : "forwarded-message.eml",
                        part.getInputStream().readAllBytes()));
            } else if (part.isMimeType("multipart/*")) {
                Object content = part.getContent();
                // Without the mailcap entries (a repackaged jar may lose them) the content comes back as a stream.
                Multipart multipart = content instanceof Multipart m ? m
                        : new MimeMultipart(part.getDataHandler().getDataSource());
                boolean alternative = part.isMimeType("multipart/alternative");
                int plainBefore = plain.size();
                for (int i = 0; i < multipart.getCount(); i++) {
                    BodyPart child = multipart.getBodyPart(i);
                    if (alternative && plain.size() > plainBefore && child.isMimeType("text/html")) {
                        continue;
                    }
                    walk(child, depth + 1);
                }
            } else if (part.isMimeType("text/plain")) {
                plain.add(text(part));
            } else if (part.isMimeType("text/html")) {
                html.add(HtmlText.of(text(part)));
            }
        }

        private static String text(Part part) throws MessagingException, IOException {
            Object content = part.getContent();
            if (content instanceof String string) {
                return string;
            }
            Charset charset = StandardCharsets.UTF_8;
            try {
                String name = new ContentType(part.getContentType()).getParameter("charset");
                charset = name == null ? charset : Charset.forName(MimeUtility.javaCharset(name));
            } catch (MessagingException | IllegalArgumentException e) {
                // an unknown or malformed charset: read the text as UTF-8
            }
            try (InputStream in = part.getInputStream()) {
                return new String(in.readAllBytes(), charset);
            }
        }

        /** The plain-text bodies, or the HTML ones reduced to text when there is no plain text. */
        String body() {
            return String.join("\n\n", plain.isEmpty() ? html : plain).strip();
        }

        private static String fileName(Part part) throws MessagingException {
            String name = part.getFileName();
            boolean attached = Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition());
            if (name == null && attached) {
                return "attachment";
            }
            if (name == null) {
                return null;
            }
            try {
                name = MimeUtility.decodeText(name);
            } catch (java.io.UnsupportedEncodingException e) {
                // keep the name as written
            }
            return name.replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", "_").strip();
        }
    }
}
