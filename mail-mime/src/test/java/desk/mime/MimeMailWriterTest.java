package desk.mime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import desk.mail.InboundMail;
import desk.mail.MailAddress;
import desk.mail.MailHeaders;
import desk.mail.MailOrigin;
import desk.mail.MailReading;
import desk.mail.OurMail;
import desk.mail.OutgoingMail;
import desk.mail.ReplyMarker;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * Rule: our mail is RFC 5322 (CRLF, lines within 78 characters where folding allows, 7-bit with
 * encoded words and quoted-printable), starts with the reply marker, and reads back to what was
 * written: the same addresses, subject, threading headers, date and text.
 */
class MimeMailWriterTest {
    private static final MimeMailWriter WRITER = new MimeMailWriter();
    private static final Instant DATE = Instant.parse("2026-12-01T10:58:00Z");
    private static final List<String> THREAD = IntStream.range(0, 150).mapToObj(i -> "CAH" + i + "xYzAbCdEfGhIjKlMnOpQr@mail.gmail.com").toList();

    private static OutgoingMail reply(Optional<String> autoSubmitted) {
        return new OutgoingMail(
                new MailAddress("support@desk.example", Optional.of("Soporte Técnico · Desk")),
                List.of(new MailAddress("jiri.novak@firma.example", Optional.of("Jiří Novák"))),
                List.of(new MailAddress("pedro@cliente-acme.es", Optional.of("Lopez, Pedro")), MailAddress.of("ana@cliente-acme.es")),
                List.of(MailAddress.of("support+agjphjc3nr6y5hybencwpcnlzu-fv32zzszxodgi5ql@desk.example")),
                "Re: [#agjphjc3nr6y5hybencwpcnlzu-fv32zzszxodgi5ql] Problém s exportem číselníku šablon — a long subject that needs more than one encoded word",
                "Dobrý den,\n\nset Export > Prices to NET; the line after this one is long enough to need a soft line break in quoted-printable, which it gets.\n=== done ===\n\nLucía",
                "0192f3a4-reply-3@desk.example",
                Optional.of("5f3e2d1c.1234@firma.example"),
                THREAD,
                autoSubmitted,
                DATE,
                MailHeaders.of("X-Desk-Ticket", "0192f3a4-5b6c-7d8e-9f01-23456789abcd"));
    }

    @Test
    void what_the_writer_writes_the_reader_reads_back() {
        OutgoingMail sent = reply(Optional.empty());

        MailReading reading = new MimeMailReader(MailLimits.DEFAULT, new OurMail(Set.of(), Set.of())).read(WRITER.write(sent));

        assertThat(reading).isInstanceOf(MailReading.Read.class);
        InboundMail mail = ((MailReading.Read) reading).mail();
        assertThat(mail.from()).isEqualTo(sent.from());
        assertThat(mail.to()).isEqualTo(sent.to());
        assertThat(mail.cc()).isEqualTo(sent.cc());
        assertThat(mail.replyTo()).isEqualTo(sent.replyTo());
        assertThat(mail.subject()).isEqualTo(sent.subject());
        assertThat(mail.messageId()).contains(sent.messageId());
        assertThat(mail.inReplyTo()).containsExactly(sent.inReplyTo().orElseThrow());
        assertThat(mail.references()).isEqualTo(sent.references());
        assertThat(mail.sentAt()).contains(DATE);
        assertThat(mail.body()).isEqualTo(ReplyMarker.TEXT + "\n\n" + sent.textBody());
        assertThat(mail.origin()).isEqualTo(new MailOrigin.Person());
    }

    @Test
    void our_mail_read_back_is_known_as_ours_and_an_acknowledgement_as_auto_replied() {
        MimeMailReader reader = new MimeMailReader(MailLimits.DEFAULT, Corpus.OURS);

        assertThat(((MailReading.Read) reader.read(WRITER.write(reply(Optional.empty())))).mail().origin())
                .isEqualTo(new MailOrigin.Automatic("our own mail"));
        OurMail otherDomain = new OurMail(Set.of("elsewhere.example"), Set.of());
        assertThat(((MailReading.Read) new MimeMailReader(MailLimits.DEFAULT, otherDomain).read(WRITER.write(reply(Optional.of("auto-replied")))))
                .mail().origin()).isEqualTo(new MailOrigin.Automatic("Auto-Submitted: auto-replied"));
    }

    @Test
    void the_raw_mail_is_seven_bit_with_crlf_lines_folded_within_78_characters() {
        byte[] raw = WRITER.write(reply(Optional.of("auto-replied")));
        String text = new String(raw, StandardCharsets.US_ASCII);

        for (byte b : raw) {
            assertThat(b).as("7-bit").isBetween((byte) 0, (byte) 127);
        }
        assertThat(text.replace("\r\n", "")).doesNotContain("\r", "\n");
        assertThat(text.split("\r\n", -1)).allSatisfy(line -> assertThat(line.length()).isLessThanOrEqualTo(78));
        String head = "\r\n" + text.substring(0, text.indexOf("\r\n\r\n"));
        assertThat(head).contains("\r\nMessage-ID: <0192f3a4-reply-3@desk.example>\r\n", "\r\nAuto-Submitted: auto-replied\r\n",
                "\r\nX-Desk-Ticket: 0192f3a4-5b6c-7d8e-9f01-23456789abcd\r\n", "\r\nDate: Tue, 1 Dec 2026 10:58:00 GMT\r\n",
                "\r\nContent-Type: text/plain; charset=UTF-8\r\n", "\r\nContent-Transfer-Encoding: quoted-printable");
        assertThat(head).contains("\r\nReferences: <CAH0xYzAbCdEfGhIjKlMnOpQr@mail.gmail.com>\r\n <CAH1xYz");
        assertThat(head).contains("\r\nSubject: Re: [#agjphjc3nr6y5hybencwpcnlzu-fv32zzszxodgi5ql]\r\n =?UTF-8?Q?Probl=C3=A9m?= s");
        assertThat(text.substring(text.indexOf("\r\n\r\n") + 4)).startsWith(ReplyMarker.TEXT + "\r\n\r\n");
    }

    @Test
    void an_extra_header_may_not_replace_one_the_writer_sets() {
        assertThatThrownBy(() -> new OutgoingMail(MailAddress.of("support@desk.example"), List.of(MailAddress.of("a@b.example")),
                List.of(), List.of(), "s", "t", "id@desk.example", Optional.empty(), List.of(), Optional.empty(), DATE,
                MailHeaders.of("Message-ID", "<other@desk.example>")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("extraHeaders: Message-ID");
        assertThatThrownBy(() -> new OutgoingMail(MailAddress.of("support@desk.example"), List.of(MailAddress.of("a@b.example")),
                List.of(), List.of(), "s", "t", "<id@desk.example>", Optional.empty(), List.of(), Optional.empty(), DATE, MailHeaders.NONE))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("messageId");
    }
}
