package com.intelliclaim.engine.testing;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Date;
import java.util.Properties;

/** E-mails built with Jakarta Mail in memory, written as .eml bytes. */
public final class TestMails {
    public static final Date SENT = new Date(1_767_225_600_000L);

    private TestMails() {
    }

    public static MimeMessage message(String subject) throws MessagingException {
        MimeMessage message = new MimeMessage(Session.getInstance(new Properties()));
        message.setFrom(new InternetAddress("ravi.kumar@example.com", false));
        message.setRecipients(MimeMessage.RecipientType.TO, "claims@insurer.example");
        message.setSubject(subject, "UTF-8");
        message.setSentDate(SENT);
        return message;
    }

    /** A plain-text body with one attached file per (name, bytes) pair. */
    public static byte[] withAttachments(String subject, String body, Object... namesAndBytes)
            throws MessagingException {
        MimeMessage message = message(subject);
        MimeMultipart mixed = new MimeMultipart("mixed");
        MimeBodyPart text = new MimeBodyPart();
        text.setText(body, "UTF-8");
        mixed.addBodyPart(text);
        for (int i = 0; i < namesAndBytes.length; i += 2) {
            MimeBodyPart file = new MimeBodyPart();
            file.setContent((byte[]) namesAndBytes[i + 1], "application/octet-stream");
            file.setFileName((String) namesAndBytes[i]);
            file.setDisposition(MimeBodyPart.ATTACHMENT);
            mixed.addBodyPart(file);
        }
        message.setContent(mixed);
        return bytes(message);
    }

    public static byte[] bytes(MimeMessage message) throws MessagingException {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            message.saveChanges();
            message.writeTo(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new MessagingException("could not write the message", e);
        }
    }
}
