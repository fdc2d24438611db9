package desk.config;

import desk.mail.TicketToken;
import desk.usecase.MisconfiguredException;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/**
 * The signing keys of ticket tokens ({@code desk.mail.ticket-token-keys}: base64 keys of at least
 * 32 bytes, comma-separated, the signing key first, then older ones still accepted). A secret: the
 * template passes it only to the functions that read or write mail, so only their contexts have
 * a {@link TicketToken}.
 */
@Factory
class MailFactory {
    static final String KEYS = "desk.mail.ticket-token-keys";

    @Singleton
    @Requires(property = KEYS)
    TicketToken ticketToken(@Value("${" + KEYS + "}") String keys) {
        List<byte[]> decoded = new ArrayList<>();
        for (String key : keys.split(",")) {
            if (key.isBlank()) {
                continue;
            }
            try {
                decoded.add(Base64.getDecoder().decode(key.strip()));
            } catch (IllegalArgumentException e) {
                throw new MisconfiguredException(KEYS + " holds a key that is not base64: " + e.getMessage());
            }
        }
        if (decoded.isEmpty()) {
            throw new MisconfiguredException(KEYS + " (DESK_MAIL_TICKET_TOKEN_KEYS) names no key; set the TicketTokenKeys"
                    + " parameter to at least one base64 key of 32 bytes or more");
        }
        try {
            return new TicketToken(decoded);
        } catch (IllegalArgumentException e) {
            throw new MisconfiguredException(KEYS + ": " + e.getMessage());
        }
    }
}
