package desk.mail;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The signed ticket token our mail carries, in the reply-to address ({@code support+<token>@...})
 * and in the subject ({@code [#<token>]}): the ticket's UUID and an HMAC-SHA-256 tag over it,
 * truncated to 80 bits, both in lower-case base32 so that a server folding the local part's case
 * keeps it valid. 26 + 1 + 16 characters keep {@code support+<token>} within a local part's 64.
 *
 * <p>Signed with the first key, verified against every key, so a key can be rotated without
 * orphaning the replies to mail sent before.
 */
public final class TicketToken {

    private static final String ALPHABET = "abcdefghijklmnopqrstuvwxyz234567";
    private static final int TAG_BYTES = 10;
    private static final Pattern TOKEN = Pattern.compile("([a-z2-7]{26})-([a-z2-7]{16})");
    private static final Pattern IN_SUBJECT = Pattern.compile("\\[#([A-Za-z2-7]{26}-[A-Za-z2-7]{16})]");

    private final List<SecretKeySpec> keys;

    /** @param keys the signing key first, then older keys still accepted; each at least 32 bytes */
    public TicketToken(List<byte[]> keys) {
        if (keys.isEmpty()) {
            throw new IllegalArgumentException("at least one ticket token key is needed");
        }
        this.keys = keys.stream().map(key -> {
            if (key.length < 32) {
                throw new IllegalArgumentException("a ticket token key must have at least 32 bytes");
            }
            return new SecretKeySpec(key.clone(), "HmacSHA256");
        }).toList();
    }

    /** The token of a ticket, whose id is a UUID. */
    public String sign(String ticketId) {
        byte[] id = uuidBytes(UUID.fromString(ticketId));
        return base32(id) + "-" + base32(tag(keys.getFirst(), id));
    }

    /** The ticket a token names, when one of the keys signed it. */
    public Optional<String> verify(String token) {
        Matcher matcher = TOKEN.matcher(token.toLowerCase(Locale.ROOT));
        if (!matcher.matches()) {
            return Optional.empty();
        }
        byte[] id = unbase32(matcher.group(1), 16);
        byte[] tag = unbase32(matcher.group(2), TAG_BYTES);
        for (SecretKeySpec key : keys) {
            if (MessageDigest.isEqual(tag, tag(key, id))) {
                ByteBuffer buffer = ByteBuffer.wrap(id);
                return Optional.of(new UUID(buffer.getLong(), buffer.getLong()).toString());
            }
        }
        return Optional.empty();
    }

    /** The reply-to address of a ticket: {@code <local>+<token>@<domain>} for the support address {@code <local>@<domain>}. */
    public MailAddress replyAddress(MailAddress supportAddress, String ticketId) {
        return MailAddress.of(supportAddress.localPart() + "+" + sign(ticketId) + "@" + supportAddress.domain());
    }

    /** The ticket named by the {@code +<token>} tag of one of these addresses (our reply-to addresses). */
    public Optional<String> fromAddresses(List<MailAddress> recipients) {
        for (MailAddress recipient : recipients) {
            String local = recipient.localPart();
            int plus = local.indexOf('+');
            if (plus >= 0) {
                Optional<String> ticket = verify(local.substring(plus + 1));
                if (ticket.isPresent()) {
                    return ticket;
                }
            }
        }
        return Optional.empty();
    }

    /** The subject tag of a ticket, {@code [#<token>]}. */
    public String subjectTag(String ticketId) {
        return "[#" + sign(ticketId) + "]";
    }

    /** The ticket named by a valid {@code [#<token>]} in a subject. */
    public Optional<String> fromSubject(String subject) {
        Matcher matcher = IN_SUBJECT.matcher(subject);
        while (matcher.find()) {
            Optional<String> ticket = verify(matcher.group(1));
            if (ticket.isPresent()) {
                return ticket;
            }
        }
        return Optional.empty();
    }

    private static byte[] tag(SecretKeySpec key, byte[] id) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            mac.update("desk-ticket-token:".getBytes(StandardCharsets.US_ASCII));
            byte[] full = mac.doFinal(id);
            byte[] tag = new byte[TAG_BYTES];
            System.arraycopy(full, 0, tag, 0, TAG_BYTES);
            return tag;
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }

    private static byte[] uuidBytes(UUID uuid) {
        return ByteBuffer.allocate(16).putLong(uuid.getMostSignificantBits()).putLong(uuid.getLeastSignificantBits()).array();
    }

    private static String base32(byte[] bytes) {
        StringBuilder out = new StringBuilder();
        int buffer = 0;
        int bits = 0;
        for (byte b : bytes) {
            buffer = (buffer << 8) | (b & 0xFF);
            bits += 8;
            while (bits >= 5) {
                out.append(ALPHABET.charAt((buffer >>> (bits - 5)) & 31));
                bits -= 5;
            }
        }
        if (bits > 0) {
            out.append(ALPHABET.charAt((buffer << (5 - bits)) & 31));
        }
        return out.toString();
    }

    private static byte[] unbase32(String text, int length) {
        byte[] out = new byte[length];
        int buffer = 0;
        int bits = 0;
        int index = 0;
        for (int i = 0; i < text.length() && index < length; i++) {
            buffer = (buffer << 5) | ALPHABET.indexOf(text.charAt(i));
            bits += 5;
            if (bits >= 8) {
                out[index++] = (byte) (buffer >>> (bits - 8));
                bits -= 8;
            }
        }
        return out;
    }
}
