package desk.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Rule: only a token our key signed names a ticket, in a reply-to address or a subject. */
class TicketTokenTest {
    private static final byte[] KEY = "0123456789abcdef0123456789abcdef".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] OLD_KEY = "fedcba9876543210fedcba9876543210".getBytes(StandardCharsets.US_ASCII);
    private final TicketToken tokens = new TicketToken(List.of(KEY));

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3, 42, 2026})
    void a_signed_token_names_its_ticket_and_fits_a_local_part(long seed) {
        Random random = new Random(seed);
        for (int i = 0; i < 200; i++) {
            String ticketId = new UUID(random.nextLong(), random.nextLong()).toString();
            String token = tokens.sign(ticketId);
            assertThat(tokens.verify(token)).contains(ticketId);
            assertThat(tokens.verify(token.toUpperCase())).as("a server may fold the local part's case").contains(ticketId);
            assertThat(("support+" + token).length()).isLessThanOrEqualTo(64);
        }
    }

    @Test
    void a_token_with_a_changed_character_names_no_ticket() {
        String ticketId = "0192f3a4-5b6c-7d8e-9f01-23456789abcd";
        String token = tokens.sign(ticketId);
        for (int i = 0; i < token.length(); i++) {
            if (token.charAt(i) == '-') {
                continue;
            }
            char other = token.charAt(i) == 'a' ? 'b' : 'a';
            String forged = token.substring(0, i) + other + token.substring(i + 1);
            assertThat(tokens.verify(forged)).as("changed at %d", i).isNotEqualTo(java.util.Optional.of(ticketId));
        }
    }

    @Test
    void a_token_signed_with_another_key_is_refused() {
        String ticketId = "0192f3a4-5b6c-7d8e-9f01-23456789abcd";
        String foreign = new TicketToken(List.of(OLD_KEY)).sign(ticketId);
        assertThat(tokens.verify(foreign)).isEmpty();
    }

    @Test
    void a_token_signed_with_a_rotated_out_key_is_still_accepted() {
        String ticketId = "0192f3a4-5b6c-7d8e-9f01-23456789abcd";
        String old = new TicketToken(List.of(OLD_KEY)).sign(ticketId);
        assertThat(new TicketToken(List.of(KEY, OLD_KEY)).verify(old)).contains(ticketId);
    }

    @Test
    void the_reply_address_and_the_subject_tag_lead_back_to_the_ticket() {
        String ticketId = "0192f3a4-5b6c-7d8e-9f01-23456789abcd";
        MailAddress reply = tokens.replyAddress(MailAddress.of("support@desk.example"), ticketId);
        assertThat(reply.address()).startsWith("support+").endsWith("@desk.example");
        assertThat(tokens.fromAddresses(List.of(MailAddress.of("ana@acme.example"), reply))).contains(ticketId);
        assertThat(tokens.fromSubject("Re: Export fails " + tokens.subjectTag(ticketId))).contains(ticketId);
        assertThat(tokens.fromSubject("Re: Export fails [#aaaaaaaaaaaaaaaaaaaaaaaaaa-aaaaaaaaaaaaaaaa]")).isEmpty();
    }
}
