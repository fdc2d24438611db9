package desk.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A ticket's mail thread: participants join beside the requester, never in its place; bounces mark addresses once. */
class AMailThreadKeepsItsRequesterTest {
    private static final MailThread OPENED = MailThread.opened("t-1", MailAddress.of("ana@client.example"),
            MailAddress.of("support@desk.example"), "Labels print twice");

    @Test
    void a_participant_joins_beside_the_requester() {
        MailThread joined = OPENED.withParticipant(new MailAddress("Luis@Client.example", Optional.of("Luis")));

        assertThat(joined.requester()).isEqualTo(OPENED.requester());
        assertThat(joined.participants()).extracting(MailAddress::address).containsExactly("Luis@client.example");
        assertThat(joined.involves(MailAddress.of("luis@client.example"))).isTrue();
    }

    @Test
    void the_requester_or_a_known_participant_joining_again_changes_nothing() {
        MailThread joined = OPENED.withParticipant(MailAddress.of("luis@client.example"));

        assertThat(joined.withParticipant(MailAddress.of("LUIS@client.example"))).isSameAs(joined);
        assertThat(OPENED.withParticipant(MailAddress.of("ANA@client.example"))).isSameAs(OPENED);
    }

    @Test
    void a_bounce_marks_each_failed_address_once() {
        MailThread bounced = OPENED.withUndeliverable(List.of(MailAddress.of("ana@client.example")));

        assertThat(bounced.isDeliverable(MailAddress.of("Ana@client.example"))).isFalse();
        assertThat(bounced.isDeliverable(MailAddress.of("luis@client.example"))).isTrue();
        assertThat(bounced.withUndeliverable(List.of(MailAddress.of("ana@CLIENT.example")))).isSameAs(bounced);
    }
}
