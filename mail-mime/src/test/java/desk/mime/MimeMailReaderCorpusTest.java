package desk.mime;

import static org.assertj.core.api.Assertions.assertThat;

import desk.mail.InboundMail;
import desk.mail.MailAddress;
import desk.mail.MailAttachment;
import desk.mail.MailOrigin;
import desk.mail.MailReading;
import desk.mail.TicketToken;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Rule: every message of the corpus reads into the fields support relies on (sender, threading
 * headers, decoded subject and names, body and its visible part, attachments, forwarded subjects,
 * whether a machine sent it), or is rejected with a reason naming the limit it broke.
 */
class MimeMailReaderCorpusTest {

    private static final MimeMailReader READER = Corpus.reader();
    private static final TicketToken TOKENS = new TicketToken(List.of(Corpus.TOKEN_KEY));

    record Case(String file, String rule, Consumer<MailReading> check) {
        @Override
        public String toString() {
            return file + ": " + rule;
        }
    }

    static Stream<Case> corpus() {
        return Stream.of(
                new Case("plain.eml", "a plain mail: encoded-word name, domain lower-cased, QP UTF-8 text, Date and topmost Received", read(mail -> {
                    assertThat(mail.from()).isEqualTo(new MailAddress("ana.garcia@cliente-acme.es", Optional.of("Ana García")));
                    assertThat(mail.to()).containsExactly(new MailAddress("support@desk.example", Optional.of("Support")));
                    assertThat(mail.subject()).isEqualTo("The export of net prices fails since Monday");
                    assertThat(mail.messageId()).contains("CAF1a2b3c4d5e6f7g8h9i0jKLmnoPQ@mail.gmail.com");
                    assertThat(mail.sentAt()).contains(Instant.parse("2026-12-01T09:15:30Z"));
                    assertThat(mail.receivedAt()).contains(Instant.parse("2026-12-01T09:15:42Z"));
                    assertThat(mail.body()).startsWith("Hello,\n\nsince Monday").endsWith("Ana García\nCliente Acme S.L.");
                    assertThat(mail.visibleBody()).isEqualTo(mail.body());
                    assertThat(mail.attachments()).isEmpty();
                    assertThat(mail.origin()).isEqualTo(new MailOrigin.Person());
                })),
                new Case("html-only.eml", "an HTML-only mail becomes readable text: paragraphs, list items, links kept, no script", read(mail -> {
                    assertThat(mail.body()).isEqualTo("""
                            Hi team,

                            the invoice sync stopped at 08:00. We followed the sync guide (https://docs.desk.example/sync) but:

                            - the queue shows 0 items
                            - the log says "token expired"

                            Regards,
                            John""");
                    assertThat(mail.origin()).isEqualTo(new MailOrigin.Person());
                })),
                new Case("html-gmail-reply.eml", "an HTML reply's gmail_quote is left out of the visible part, kept in the body", read(mail -> {
                    assertThat(mail.visibleBody()).isEqualTo("Thanks, that answers it.");
                    assertThat(mail.body()).contains("Thanks, that answers it.", "Partner users see no invoices.");
                })),
                new Case("alternative.eml", "multipart/alternative: the plain text part is preferred", read(mail -> {
                    assertThat(mail.body()).isEqualTo("Can a partner user see our invoices? The plain text part.");
                    assertThat(mail.from().displayName()).contains("Lena Vogel");
                })),
                new Case("attachments.eml", "attachments by part path, RFC 2231 and encoded-word file names, decoded sizes", read(mail -> {
                    assertThat(mail.body()).isEqualTo("Here are the invoice and the screenshot.");
                    assertThat(mail.attachments()).containsExactly(
                            new MailAttachment("1.2", Optional.of("captura de pantalla.png"), "image/png", 1008),
                            new MailAttachment("2", Optional.of("Factura nº 12 - diciembre á.pdf"), "application/pdf", 5136),
                            new MailAttachment("3", Optional.of("prices.csv"), "text/csv", 30));
                })),
                new Case("legacy-charsets.eml", "windows-1250 and iso-8859-2 encoded words and body; an unknown charset does not crash", read(mail -> {
                    assertThat(mail.subject()).isEqualTo("Problém s exportem číselníku šablon");
                    assertThat(mail.from().displayName()).contains("Jiří Novák");
                    assertThat(mail.to().getFirst().displayName()).contains("Podpora klientů");
                    assertThat(mail.cc()).extracting(MailAddress::address).containsExactly("petr@firma.example");
                    assertThat(mail.body()).isEqualTo("Dobrý den,\nnefunguje export cen. Děkuji, Jiří Novák");
                })),
                new Case("utf8-raw-headers.eml", "raw UTF-8 in headers (RFC 6532) is read as UTF-8", read(mail -> {
                    assertThat(mail.subject()).isEqualTo("Exportación de precios netos — urgente");
                    assertThat(mail.from()).isEqualTo(new MailAddress("jose@cliente-acme.es", Optional.of("José Núñez")));
                    assertThat(mail.body()).isEqualTo("La exportación falla desde el lunes.");
                })),
                new Case("reply-references.eml", "a reply: In-Reply-To and folded References read; cut at a wrapped 'On ... wrote:'", read(mail -> {
                    assertThat(mail.inReplyTo()).containsExactly("0192f3a4-reply-2@desk.example");
                    assertThat(mail.references()).containsExactly("CAF1a2b3c4d5e6f7g8h9i0jKLmnoPQ@mail.gmail.com",
                            "0192f3a4-ack-1@desk.example", "0192f3a4-reply-2@desk.example");
                    assertThat(TOKENS.fromAddresses(mail.to())).contains(Corpus.TICKET);
                    assertThat(mail.visibleBody()).isEqualTo("That worked, thank you! The export ran at 12:25.");
                    assertThat(mail.origin()).isEqualTo(new MailOrigin.Person());
                })),
                new Case("reply-subject-token-outlook.eml", "a reply without references keeps the subject token; cut at Outlook's underscores and From/Sent", read(mail -> {
                    assertThat(mail.inReplyTo()).isEmpty();
                    assertThat(mail.references()).isEmpty();
                    assertThat(TOKENS.fromSubject(mail.subject())).contains(Corpus.TICKET);
                    assertThat(mail.visibleBody()).isEqualTo("It still fails after the restart; the log is the same.\n\nJohn");
                })),
                new Case("forwarded-rfc822.eml", "a forwarded message/rfc822: its subject listed, its text after the sender's, all visible", read(mail -> {
                    assertThat(mail.forwarded()).containsExactly("Pedido 4711 sin precio neto");
                    assertThat(mail.body()).startsWith("See the order below, it has no net price.")
                            .contains("Subject: Pedido 4711 sin precio neto", "El pedido 4711 salio sin precio neto.");
                    assertThat(mail.visibleBody()).isEqualTo(mail.body());
                })),
                new Case("forwarded-inline.eml", "an inline forward is not quoted history: all of it is visible", read(mail -> {
                    assertThat(mail.visibleBody()).isEqualTo(mail.body()).contains("El pedido 4711 salio sin precio neto.");
                })),
                new Case("cc-reply-spanish.eml", "a CC'd person's reply: Cc read (quoted name with a comma); cut at a wrapped 'El ... escribió:'", read(mail -> {
                    assertThat(mail.cc()).containsExactly(new MailAddress("ana.garcia@cliente-acme.es", Optional.of("Ana Garcia")),
                            new MailAddress("pedro@cliente-acme.es", Optional.of("Lopez, Pedro")));
                    assertThat(mail.visibleBody()).isEqualTo("Yo también lo veo en el pedido 4712.");
                    assertThat(mail.origin()).isEqualTo(new MailOrigin.Person());
                })),
                new Case("ooo-exchange.eml", "Exchange's out-of-office reply is automatic (Auto-Submitted)",
                        origin(new MailOrigin.Automatic("Auto-Submitted: auto-generated"))),
                new Case("ooo-outlook-2010.eml", "an older Exchange's out-of-office reply is automatic (X-Auto-Response-Suppress)",
                        origin(new MailOrigin.Automatic("X-Auto-Response-Suppress: oof"))),
                new Case("ooo-gmail.eml", "Gmail's vacation reply is automatic (Auto-Submitted: auto-replied)",
                        origin(new MailOrigin.Automatic("Auto-Submitted: auto-replied"))),
                new Case("ooo-postfix-vacation.eml", "Postfix vacation's reply (LF line ends, a date with two spaces and a zone comment) is automatic (X-Autoreply)", read(mail -> {
                    assertThat(mail.origin()).isEqualTo(new MailOrigin.Automatic("X-Autoreply"));
                    assertThat(mail.sentAt()).contains(Instant.parse("2026-12-01T10:11:59Z"));
                })),
                new Case("bounce-dsn.eml", "a delivery status report: the permanently failed recipient and our bounced Message-ID",
                        origin(new MailOrigin.DeliveryFailure(List.of("gone@cliente-acme.es"), Optional.of("0192f3a4-ack-1@desk.example")))),
                new Case("bounce-returned-message.eml", "a Postfix bounce returning the whole message: Original-Recipient and its Message-ID", read(mail -> {
                    assertThat(mail.origin()).isEqualTo(new MailOrigin.DeliveryFailure(List.of("Old@cliente-acme.es"),
                            Optional.of("0192f3a4-reply-2@desk.example")));
                    assertThat(mail.from().address()).isEqualTo("MAILER-DAEMON@mx.cliente-acme.es");
                })),
                new Case("mailing-list.eml", "mailing-list mail is automatic (List-Id)", origin(new MailOrigin.Automatic("List-Id"))),
                new Case("empty-return-path.eml", "an empty return path marks automatic mail", origin(new MailOrigin.Automatic("empty return path"))),
                new Case("own-mail-loop.eml", "our own mail coming back (a Message-ID in our domain) is automatic",
                        origin(new MailOrigin.Automatic("our own mail"))),
                new Case("long-headers.eml", "a 1,440-character header line and a 12 kB folded References are accepted", read(mail -> {
                    assertThat(mail.references()).hasSize(240).startsWith("CAH00000xYzAbCdEfGhIjKlMnOpQr@mail.gmail.com");
                    assertThat(mail.body()).isEqualTo("Still here after 240 mails.");
                })),
                new Case("malformed-no-end-boundary.eml", "a multipart without its closing boundary ends at the end, as clients read it", read(mail -> {
                    assertThat(mail.body()).isEqualTo("The text before the attachment.");
                    assertThat(mail.attachments()).containsExactly(new MailAttachment("2", Optional.of("log.txt"), "application/octet-stream", 21));
                })),
                new Case("malformed-bad-base64.eml", "characters outside base64 are skipped (RFC 2045), the mail is read", read(mail -> {
                    assertThat(mail.body()).isEqualTo("The text is here.");
                    assertThat(mail.attachments()).extracting(MailAttachment::fileName).containsExactly(Optional.of("x.pdf"));
                })),
                new Case("malformed-endless-header.eml", "a header line past the limit is rejected",
                        rejected("a header line is over 16384 characters")),
                new Case("malformed-deep-nesting.eml", "200 nested multiparts are rejected", rejected("the message nests parts over 16 deep")),
                new Case("malformed-header-count-bomb.eml", "5,000 header fields are rejected", rejected("a header section has over 1000 fields")),
                new Case("malformed-no-sender.eml", "a message naming no sender is rejected", rejected("no sender address in From, Sender or Return-Path")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void each_message_reads_into_what_support_relies_on(Case corpusCase) {
        corpusCase.check().accept(READER.read(Corpus.bytes(corpusCase.file())));
    }

    @Test
    void every_corpus_file_has_a_case() {
        assertThat(corpus().map(Case::file)).containsExactlyInAnyOrderElementsOf(Corpus.FILES);
    }

    @Test
    void crlf_and_lf_line_ends_read_alike() {
        String lf = new String(Corpus.bytes("plain.eml"), java.nio.charset.StandardCharsets.ISO_8859_1);
        byte[] crlf = lf.replace("\n", "\r\n").getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);

        assertThat(READER.read(crlf)).isEqualTo(READER.read(lf.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1)));
    }

    private static Consumer<MailReading> read(Consumer<InboundMail> check) {
        return reading -> {
            assertThat(reading).isInstanceOf(MailReading.Read.class);
            check.accept(((MailReading.Read) reading).mail());
        };
    }

    private static Consumer<MailReading> origin(MailOrigin expected) {
        return read(mail -> assertThat(mail.origin()).isEqualTo(expected));
    }

    private static Consumer<MailReading> rejected(String reason) {
        return reading -> assertThat(reading).isEqualTo(new MailReading.Rejected(reason));
    }
}
