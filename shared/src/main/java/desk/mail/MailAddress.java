package desk.mail;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * A mailbox: {@code address} is {@code local@domain} with the domain lower-cased (the local part
 * is kept as written: only its owner's server may fold it), and the display name decoded.
 */
public record MailAddress(String address, Optional<String> displayName) {
    public MailAddress {
        Objects.requireNonNull(address, "address");
        Objects.requireNonNull(displayName, "displayName");
        int at = address.lastIndexOf('@');
        if (at <= 0 || at == address.length() - 1) {
            throw new IllegalArgumentException("not a mail address: " + address);
        }
        address = address.substring(0, at) + "@" + address.substring(at + 1).toLowerCase(Locale.ROOT);
    }

    public static MailAddress of(String address) {
        return new MailAddress(address, Optional.empty());
    }

    public String domain() {
        return address.substring(address.lastIndexOf('@') + 1);
    }

    public String localPart() {
        return address.substring(0, address.lastIndexOf('@'));
    }

    /** The address as compared for identity: domain and local part lower-cased (as every common server treats it). */
    public String key() {
        return address.toLowerCase(Locale.ROOT);
    }
}
