package desk.account;

import desk.mail.MailAddress;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A vendor partner. Integration tickets it opens get full support only when it is certified and
 * has the technical knowledge to interpret and modify advanced API setups or plugin code. Mail
 * from an address in {@code mailUsers} is that partner user's; {@code supportAddress}, when set,
 * is where mail about its clients' tickets goes.
 */
public record Partner(String id, String name, PartnerKind kind, boolean certified, boolean technicalKnowledge,
                      List<MailUser> mailUsers, Optional<MailAddress> supportAddress) {

    /** A partner known by no mail address. */
    public Partner(String id, String name, PartnerKind kind, boolean certified, boolean technicalKnowledge) {
        this(id, name, kind, certified, technicalKnowledge, List.of(), Optional.empty());
    }

    public Partner {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        mailUsers = List.copyOf(mailUsers);
        Objects.requireNonNull(supportAddress, "supportAddress");
        if (kind == PartnerKind.SOLUTION && !certified) {
            throw new IllegalArgumentException("a Solution Partner is certified by definition");
        }
    }

    /** The known partner user writing from this address. */
    public Optional<MailUser> mailUser(MailAddress address) {
        return mailUsers.stream().filter(user -> user.address().key().equals(address.key())).findFirst();
    }
}
