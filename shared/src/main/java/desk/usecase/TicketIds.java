package desk.usecase;

import java.util.UUID;

/** Intake names tickets with random UUIDs; anything else cannot exist, and costs no read. */
final class TicketIds {
    private TicketIds() {}

    static boolean isTicketId(String id) {
        try {
            return id != null && id.length() == 36 && UUID.fromString(id).toString().equals(id);
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
