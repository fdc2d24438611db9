package desk.mail;

import java.util.List;
import java.util.Optional;

/**
 * The addresses support receives mail at ({@code desk.mail.support-addresses}), the first being
 * the default. Our reply-to addresses carry a tag ({@code support+<token>@...}): an address is ours
 * when, without its tag, it is one of these.
 */
public record SupportAddresses(List<MailAddress> addresses) {
    public SupportAddresses {
        addresses = List.copyOf(addresses);
        if (addresses.isEmpty()) {
            throw new IllegalArgumentException("at least one support address is needed");
        }
    }

    public boolean isOurs(MailAddress address) {
        return find(address).isPresent();
    }

    /** The support address a mail came to: the first of its recipients that is ours, else the default. */
    public MailAddress receiving(InboundMail mail) {
        return java.util.stream.Stream.concat(mail.to().stream(), mail.cc().stream())
                .map(this::find).flatMap(Optional::stream).findFirst().orElse(addresses.getFirst());
    }

    private Optional<MailAddress> find(MailAddress address) {
        String local = address.localPart();
        int plus = local.indexOf('+');
        String untagged = (plus >= 0 ? local.substring(0, plus) : local) + "@" + address.domain();
        return addresses.stream().filter(ours -> ours.key().equals(MailAddress.of(untagged).key())).findFirst();
    }
}
