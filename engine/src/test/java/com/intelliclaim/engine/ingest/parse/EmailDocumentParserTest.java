package com.intelliclaim.engine.ingest.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.intelliclaim.engine.api.DocumentTooLargeException;
import com.intelliclaim.engine.testing.TestMails;
import com.intelliclaim.engine.testing.TestPdfs;
import com.intelliclaim.engine.testing.TestSources;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class EmailDocumentParserTest {
    private final EmailDocumentParser parser = new EmailDocumentParser();

    @Test
    void readsHeadersBodyAndEveryAttachment() throws Exception {
        byte[] pdf = TestPdfs.ofPages("Final bill: room rent Rs. 4,000 per day for 3 days");
        byte[] eml = TestMails.withAttachments("Claim 4711: hospital bill", "Please find the bill attached.\n"
                + "Regards, Ravi", "bill.pdf", pdf, "notes.txt", "Admitted on 3 March".getBytes(StandardCharsets.UTF_8));

        ParsedDocument parsed = parser.parse(TestSources.of("claim.eml", eml));

        assertThat(parsed.mediaType()).isEqualTo("message/rfc822");
        String text = parsed.pages().get(0).text();
        assertThat(text).startsWith("From: ravi.kumar@example.com\nTo: claims@insurer.example\nDate: ")
                .contains("Subject: Claim 4711: hospital bill")
                .contains("Please find the bill attached.\nRegards, Ravi")
                .endsWith("Attachments: bill.pdf, notes.txt");
        assertThat(parsed.attachments()).extracting(Attachment::name).containsExactly("bill.pdf", "notes.txt");
        assertThat(parsed.attachments().get(0).bytes()).isEqualTo(pdf);
    }

    @Test
    void anHtmlOnlyBodyIsReducedToText() throws Exception {
        MimeMessage message = TestMails.message("Discharge");
        message.setContent("<html><head><style>p{color:red}</style></head><body><p>Discharged on <b>5 March</b>."
                + "</p><table><tr><td>Room rent</td><td>Rs. 4,000</td></tr></table><script>x()</script></body></html>",
                "text/html; charset=UTF-8");

        String text = parser.parse(TestSources.of("d.eml", TestMails.bytes(message))).pages().get(0).text();

        assertThat(text).endsWith("Discharged on 5 March.\n\nRoom rent | Rs. 4,000").doesNotContain("color", "x()");
    }

    @Test
    void thePlainAlternativeIsPreferredToTheHtmlOne() throws Exception {
        MimeMessage message = TestMails.message("Both");
        MimeMultipart alternative = new MimeMultipart("alternative");
        MimeBodyPart plain = new MimeBodyPart();
        plain.setText("Plain version", "UTF-8");
        MimeBodyPart html = new MimeBodyPart();
        html.setContent("<p>HTML version</p>", "text/html; charset=UTF-8");
        alternative.addBodyPart(plain);
        alternative.addBodyPart(html);
        message.setContent(alternative);

        String text = parser.parse(TestSources.of("b.eml", TestMails.bytes(message))).pages().get(0).text();

        assertThat(text).contains("Plain version").doesNotContain("HTML version");
    }

    @Test
    void malformedHeadersAreShownAsWritten() {
        String eml = "From: <<<not an address\r\nSubject: =?bogus?Q?x?= Claim\r\nDate: yesterday-ish\r\n"
                + "Content-Type: text/plain\r\n\r\nBody text of the claim.\r\n";

        String text = parser.parse(TestSources.of("odd.eml", eml.getBytes(StandardCharsets.US_ASCII))).pages().get(0)
                .text();

        assertThat(text).isEqualTo("From: <<<not an address\nDate: yesterday-ish\nSubject: =?bogus?Q?x?= Claim\n\n"
                + "Body text of the claim.");
    }

    @Test
    void deeplyNestedMimeIsRefused() throws Exception {
        MimeMultipart inner = new MimeMultipart("mixed");
        MimeBodyPart leaf = new MimeBodyPart();
        leaf.setText("deep", "UTF-8");
        inner.addBodyPart(leaf);
        for (int i = 0; i < EmailDocumentParser.MAX_DEPTH + 5; i++) {
            MimeBodyPart wrapper = new MimeBodyPart();
            wrapper.setContent(inner);
            MimeMultipart outer = new MimeMultipart("mixed");
            outer.addBodyPart(wrapper);
            inner = outer;
        }
        MimeMessage message = TestMails.message("Nested");
        message.setContent(inner);
        byte[] eml = TestMails.bytes(message);

        assertThatThrownBy(() -> parser.parse(TestSources.of("nest.eml", eml)))
                .isInstanceOf(DocumentTooLargeException.class)
                .hasMessage("nest.eml: the e-mail nests its parts more than 20 levels deep, which real mail never does;"
                        + " it was not read.");
    }
}
