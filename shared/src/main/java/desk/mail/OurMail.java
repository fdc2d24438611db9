package desk.mail;

import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What marks mail as ours when it comes back: the domains of the Message-IDs we write (every mail
 * we send has one, {@code <id@domain>}) and our support addresses (a reply-to address
 * {@code support+<token>@...} counts as its {@code support@...}).
 */
public record OurMail(Set<String> messageIdDomains, Set<MailAddress> addresses) {
    public OurMail {
        Objects.requireNonNull(messageIdDomains, "messageIdDomains");
        messageIdDomains = messageIdDomains.stream().map(domain -> domain.toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
        addresses = Set.copyOf(addresses);
    }

    /** Whether this Message-ID (without angle brackets) is one we wrote. */
    public boolean wroteMessageId(String messageId) {
        int at = messageId.lastIndexOf('@');
        return at >= 0 && messageIdDomains.contains(messageId.substring(at + 1).toLowerCase(Locale.ROOT));
    }

    /** Whether this address is one of our support addresses, with or without a {@code +tag}. */
    public boolean isOurs(MailAddress address) {
        String local = address.localPart();
        int plus = local.indexOf('+');
        String base = (plus > 0 ? local.substring(0, plus) : local) + "@" + address.domain();
        return addresses.stream().anyMatch(ours -> ours.key().equals(base.toLowerCase(Locale.ROOT)));
    }
}
