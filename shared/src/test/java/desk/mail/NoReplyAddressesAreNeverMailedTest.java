package desk.mail;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The mailboxes nobody reads, which the desk never mails ({@link NoReplyAddress}), and people's that look alike. */
class NoReplyAddressesAreNeverMailedTest {

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"no-reply@shop.example", "noreply@shop.example", "NO_REPLY@shop.example", "no.reply@shop.example",
            "noreply-billing@shop.example", "noreply+orders@shop.example", "donotreply@shop.example", "do-not-reply@shop.example",
            "Do_Not_Reply@shop.example", "MAILER-DAEMON@mx.shop.example", "bounce@shop.example", "bounces@shop.example"})
    void a_no_reply_mailbox_is_recognised(String address) {
        assertThat(NoReplyAddress.is(MailAddress.of(address))).isTrue();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"ana@shop.example", "reply@shop.example", "norah@shop.example", "postmaster@shop.example",
            "bouncer@shop.example", "support+noreply@shop.example", "info@noreply.example"})
    void a_mailbox_a_person_reads_is_not(String address) {
        assertThat(NoReplyAddress.is(MailAddress.of(address))).isFalse();
    }
}
