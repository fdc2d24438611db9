package desk.config;

import desk.mail.MailAddress;
import desk.mail.SupportAddresses;
import desk.mail.TicketToken;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;

/**
 * Mail's configuration ({@code desk.mail.*} in application.properties): the support addresses and
 * the ticket token's keys. The keys have no default: a function that reads or writes mail (the
 * intake, the mailer) does not start without them, and no other function needs them, so the
 * token exists only where they are set (Lambda builds every singleton at start).
 */
@Factory
class MailFactory {
    static final String TOKEN_KEYS = "desk.mail.token-keys";

    @Singleton
    SupportAddresses supportAddresses(@Value("${desk.mail.support-addresses}") String addresses) {
        return new SupportAddresses(Arrays.stream(addresses.split(",")).map(String::strip).filter(a -> !a.isEmpty())
                .map(MailAddress::of).toList());
    }

    /** The signing key first, then older keys still accepted: comma-separated base64, each at least 32 bytes. */
    @Singleton
    @Requires(property = TOKEN_KEYS)
    TicketToken ticketToken(@Value("${" + TOKEN_KEYS + "}") String keys) {
        return new TicketToken(tokenKeys(keys));
    }

    static List<byte[]> tokenKeys(String keys) {
        List<byte[]> decoded = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        String[] parts = keys.split(",");
        for (int i = 0; i < parts.length; i++) {
            String part = parts[i].strip();
            if (part.isEmpty()) {
                continue;
            }
            try {
                byte[] key = Base64.getDecoder().decode(part);
                if (key.length < 32) {
                    problems.add("key " + (i + 1) + " has " + key.length + " bytes; at least 32 are needed");
                } else {
                    decoded.add(key);
                }
            } catch (IllegalArgumentException e) {
                problems.add("key " + (i + 1) + " is not base64");
            }
        }
        if (decoded.isEmpty() && problems.isEmpty()) {
            problems.add("no key is set");
        }
        if (!problems.isEmpty()) {
            throw new IllegalStateException(TOKEN_KEYS + " (comma-separated base64 keys, the signing key first): "
                    + String.join("; ", problems));
        }
        return decoded;
    }
}
