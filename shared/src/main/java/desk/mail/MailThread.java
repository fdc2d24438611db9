package desk.mail;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A ticket's mail conversation as support's mailer needs it: who asked (the requester, never
 * replaced), the support address the first mail came to (replies go out from it), the other
 * addresses that wrote on the ticket (CC'd people, other addresses of the same account), the
 * addresses a bounce marked undeliverable, and the subject of the first mail. Addresses are
 * compared by {@link MailAddress#key()}.
 *
 * @param version how many times the thread was written (0 before its first write), for the
 *                condition on its next write
 */
public record MailThread(String ticketId, MailAddress requester, MailAddress supportAddress,
                         List<MailAddress> participants, List<MailAddress> undeliverable, String subject,
                         long version) {
    public MailThread {
        Objects.requireNonNull(ticketId, "ticketId");
        Objects.requireNonNull(requester, "requester");
        Objects.requireNonNull(supportAddress, "supportAddress");
        participants = List.copyOf(participants);
        undeliverable = List.copyOf(undeliverable);
        Objects.requireNonNull(subject, "subject");
        if (version < 0) {
            throw new IllegalArgumentException("version must not be negative");
        }
    }

    /** The thread a mail opens: its author is the requester, nobody else has written yet. */
    public static MailThread opened(String ticketId, MailAddress requester, MailAddress supportAddress, String subject) {
        return new MailThread(ticketId, requester, supportAddress, List.of(), List.of(), subject, 0);
    }

    /** Whether this address already takes part (as the requester or a participant). */
    public boolean involves(MailAddress address) {
        return requester.key().equals(address.key()) || contains(participants, address);
    }

    /** The thread with {@code address} among its participants; the same thread when it already takes part. */
    public MailThread withParticipant(MailAddress address) {
        if (involves(address)) {
            return this;
        }
        List<MailAddress> joined = new ArrayList<>(participants);
        joined.add(address);
        return new MailThread(ticketId, requester, supportAddress, joined, undeliverable, subject, version);
    }

    /** The thread with these addresses marked undeliverable (a bounce); the same thread when all were already. */
    public MailThread withUndeliverable(List<MailAddress> failed) {
        List<MailAddress> marked = new ArrayList<>(undeliverable);
        for (MailAddress address : failed) {
            if (!contains(marked, address)) {
                marked.add(address);
            }
        }
        return marked.size() == undeliverable.size() ? this
                : new MailThread(ticketId, requester, supportAddress, participants, marked, subject, version);
    }

    /** Whether mail to this address may still be sent (no bounce marked it). */
    public boolean isDeliverable(MailAddress address) {
        return !contains(undeliverable, address);
    }

    private static boolean contains(List<MailAddress> addresses, MailAddress address) {
        return addresses.stream().anyMatch(a -> a.key().equals(address.key()));
    }
}
