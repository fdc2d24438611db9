package desk.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Rule: a reply's visible part is what its author wrote above the quoted history: cut at our reply
 * marker and at the common clients' separators, never hiding everything, never cutting a forward.
 */
class QuotedHistoryTest {

    static Stream<Arguments> replies() {
        return Stream.of(
                Arguments.of("our marker, unquoted", """
                        Thanks, it works now.

                        ##- Please type your reply above this line -##

                        Set Export > Prices to NET.""", "Thanks, it works now."),
                Arguments.of("our marker, quoted without an attribution", """
                        Thanks!
                        > ##- Please type your reply above this line -##
                        > Set Export > Prices to NET.""", "Thanks!"),
                Arguments.of("Gmail: On ... wrote:", """
                        That worked.

                        On Tue, 1 Dec 2026 at 11:58, Support Desk <support@desk.example> wrote:

                        > Set Export > Prices to NET.""", "That worked."),
                Arguments.of("Gmail: the attribution wrapped over two lines", """
                        That worked.

                        On Tue, 1 Dec 2026 at 11:58, Support Desk <support+abc@desk.example>
                        wrote:
                        > Set Export > Prices to NET.""", "That worked."),
                Arguments.of("Apple Mail: On <date>, at <time>, <name> wrote:", """
                        Sent from the train, sorry for the brevity.

                        On 1 Dec 2026, at 11:58, Support Desk <support@desk.example> wrote:
                        >
                        > Set Export > Prices to NET.""", "Sent from the train, sorry for the brevity."),
                Arguments.of("Spanish: El ... escribió:", """
                        Yo también lo veo.

                        El mar, 1 dic 2026 a las 11:58, Support Desk (<support@desk.example>) escribió:
                        > Set Export > Prices to NET.""", "Yo también lo veo."),
                Arguments.of("German: Am ... schrieb ...:", """
                        Danke, erledigt.

                        Am Di., 1. Dez. 2026 um 11:58 Uhr schrieb Support Desk <support@desk.example>:
                        > Set Export > Prices to NET.""", "Danke, erledigt."),
                Arguments.of("French: Le ... a écrit :", """
                        Merci, c'est réglé.

                        Le mar. 1 déc. 2026 à 11:58, Support Desk <support@desk.example> a écrit :
                        > Set Export > Prices to NET.""", "Merci, c'est réglé."),
                Arguments.of("Outlook: -----Original Message-----", """
                        Still failing.

                        -----Original Message-----
                        From: Support Desk [mailto:support@desk.example]
                        Sent: Tuesday, December 1, 2026 12:00 PM
                        Subject: Invoice sync""", "Still failing."),
                Arguments.of("Outlook in Spanish: -----Mensaje original-----", """
                        Sigue fallando.

                        -----Mensaje original-----
                        De: Support Desk""", "Sigue fallando."),
                Arguments.of("Outlook: a From/Sent block", """
                        Still failing.

                        From: Support Desk <support@desk.example>
                        Sent: Tuesday, December 1, 2026 12:00 PM
                        To: John Smith
                        Subject: Invoice sync""", "Still failing."),
                Arguments.of("Outlook in German: a Von/Gesendet block", """
                        Geht noch nicht.

                        Von: Support Desk <support@desk.example>
                        Gesendet: Dienstag, 1. Dezember 2026 12:00
                        An: Lena Vogel""", "Geht noch nicht."),
                Arguments.of("Outlook on the web: underscores, then From", """
                        Still failing.

                        ________________________________
                        From: Support Desk <support@desk.example>
                        Sent: Tuesday, December 1, 2026 12:00 PM""", "Still failing."),
                Arguments.of("a trailing block of quoted lines", """
                        Yes, the channel is Wholesale.

                        > Which channel is it?
                        >
                        > Lucia""", "Yes, the channel is Wholesale."),
                Arguments.of("an inline answer keeps the quotes between the author's lines", """
                        > Which channel is it?
                        Wholesale.
                        > Since when?
                        Monday.""", """
                        > Which channel is it?
                        Wholesale.
                        > Since when?
                        Monday."""),
                Arguments.of("a mail with no history is all visible", """
                        Hello,
                        the export fails.
                        From: the wholesale channel""", """
                        Hello,
                        the export fails.
                        From: the wholesale channel"""),
                Arguments.of("a mail that is all history stays all visible", """
                        On Tue, 1 Dec 2026 at 11:58, Support Desk <support@desk.example> wrote:
                        > Set Export > Prices to NET.""", """
                        On Tue, 1 Dec 2026 at 11:58, Support Desk <support@desk.example> wrote:
                        > Set Export > Prices to NET."""),
                Arguments.of("the header block under a forward line is not Outlook's reply block", """
                        Look at this one.

                        ---------- Forwarded message ---------
                        From: Maria Lopez <maria@cliente-acme.es>
                        Date: Mon, 30 Nov 2026 at 17:01
                        Subject: Pedido 4711

                        El pedido salio sin precio neto.""", """
                        Look at this one.

                        ---------- Forwarded message ---------
                        From: Maria Lopez <maria@cliente-acme.es>
                        Date: Mon, 30 Nov 2026 at 17:01
                        Subject: Pedido 4711

                        El pedido salio sin precio neto."""),
                Arguments.of("CRLF line ends", "Done.\r\n\r\nOn Tue, 1 Dec 2026, Support wrote:\r\n> old\r\n", "Done."));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("replies")
    void the_visible_part_is_what_the_author_wrote_above_the_history(String client, String body, String visible) {
        assertThat(QuotedHistory.visible("Re: Invoice sync", body)).isEqualTo(visible);
    }

    @Test
    void a_forward_by_its_subject_is_never_cut() {
        String body = """
                FYI.

                ________________________________
                From: Maria Lopez <maria@cliente-acme.es>
                Sent: Monday, November 30, 2026 5:01 PM
                Subject: Pedido 4711

                El pedido salio sin precio neto.""";

        assertThat(QuotedHistory.visible("FW: Pedido 4711", body)).isEqualTo(body);
        assertThat(QuotedHistory.visible("Re: Pedido 4711", body)).isEqualTo("FYI.");
    }

    @Test
    void the_marker_is_the_one_the_outbound_mail_writes() {
        assertThat(ReplyMarker.TEXT).isEqualTo("##- Please type your reply above this line -##");
    }
}
