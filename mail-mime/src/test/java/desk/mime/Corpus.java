package desk.mime;

import desk.mail.MailAddress;
import desk.mail.OurMail;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Set;

/** The messages under {@code src/test/resources/corpus/}, and the reader set up as the desk's. */
final class Corpus {
    static final OurMail OURS = new OurMail(Set.of("desk.example"), Set.of(MailAddress.of("support@desk.example")));
    static final String TOKEN = "agjphjc3nr6y5hybencwpcnlzu-fv32zzszxodgi5ql";
    static final String TICKET = "0192f3a4-5b6c-7d8e-9f01-23456789abcd";
    static final byte[] TOKEN_KEY = "0123456789abcdef0123456789abcdef".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

    /** Every file of the corpus, by name. */
    static final List<String> FILES = List.of("plain.eml", "html-only.eml", "html-gmail-reply.eml", "alternative.eml",
            "attachments.eml", "legacy-charsets.eml", "utf8-raw-headers.eml", "reply-references.eml",
            "reply-subject-token-outlook.eml", "forwarded-rfc822.eml", "forwarded-inline.eml", "cc-reply-spanish.eml",
            "ooo-exchange.eml", "ooo-outlook-2010.eml", "ooo-gmail.eml", "ooo-postfix-vacation.eml", "bounce-dsn.eml",
            "bounce-returned-message.eml", "mailing-list.eml", "empty-return-path.eml", "own-mail-loop.eml",
            "long-headers.eml", "malformed-no-end-boundary.eml", "malformed-bad-base64.eml", "malformed-endless-header.eml",
            "malformed-deep-nesting.eml", "malformed-header-count-bomb.eml", "malformed-no-sender.eml");

    private Corpus() {
    }

    static MimeMailReader reader() {
        return new MimeMailReader(MailLimits.DEFAULT, OURS);
    }

    static byte[] bytes(String file) {
        try (InputStream in = Corpus.class.getResourceAsStream("/corpus/" + file)) {
            if (in == null) {
                throw new IllegalArgumentException("no corpus file " + file);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
