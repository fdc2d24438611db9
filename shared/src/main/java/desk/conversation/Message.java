package desk.conversation;

import desk.identity.Principal;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;
import java.util.random.RandomGenerator;

/**
 * One message of a ticket's conversation: who wrote it, when the platform received it, whether
 * the ticket's own side sees it, and whether a person wrote it or a machine (acknowledgements,
 * auto-replies, bots).
 */
public record Message(String id, String ticketId, Principal author, String body, Visibility visibility,
                      boolean automatic, Instant postedAt) {
    public Message {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(ticketId, "ticketId");
        Objects.requireNonNull(author, "author");
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(visibility, "visibility");
        Objects.requireNonNull(postedAt, "postedAt");
    }

    /**
     * A new message id: a UUID version 7 from the posting time (then random bits), so that ids
     * sort as the messages were posted, to the millisecond.
     */
    public static String newId(Instant postedAt, RandomGenerator random) {
        long millis = postedAt.toEpochMilli();
        long high = (millis << 16) | 0x7000L | (random.nextLong() & 0x0FFFL);
        long low = 0x8000_0000_0000_0000L | (random.nextLong() & 0x3FFF_FFFF_FFFF_FFFFL);
        return new UUID(high, low).toString();
    }

    /**
     * The policy's first response: written by support, seen by the ticket's opener, and by a
     * person. Acknowledgements, bot answers, internal notes and the customer's own messages never
     * stop the clock.
     */
    public boolean isSupportResponse() {
        return author instanceof Principal.SupportAgent && visibility == Visibility.PUBLIC && !automatic;
    }

    /** Written by the ticket's own side (its customer users, its partner's users), not by vendor staff. */
    public boolean isFromRequesterSide() {
        return author instanceof Principal.CustomerUser || author instanceof Principal.PartnerUser;
    }

    /** Whether the ticket's own side (its customers, its partner) may read it. */
    public boolean isPublic() {
        return visibility == Visibility.PUBLIC;
    }
}
