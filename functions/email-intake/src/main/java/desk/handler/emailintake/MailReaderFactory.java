package desk.handler.emailintake;

import desk.mail.OurMail;
import desk.mail.SupportAddresses;
import desk.mime.MailLimits;
import desk.mime.MimeMailReader;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import java.util.Set;

/** The MIME reader under its default limits, knowing our own mail by our Message-ID domain and support addresses. */
@Factory
class MailReaderFactory {
    @Singleton
    MimeMailReader mimeMailReader(@Value("${desk.mail.message-id-domain}") String messageIdDomain, SupportAddresses support) {
        return new MimeMailReader(MailLimits.DEFAULT, new OurMail(Set.of(messageIdDomain), Set.copyOf(support.addresses())));
    }
}
