package desk.ticket;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Policy: an engaged question owes {@code max(15 minutes, minutes worked)}, minutes worked being
 * the work logs' sum rounded down to the whole minute; incidents, account requests and tickets
 * support has not engaged owe nothing. A ticket of no kind yet is owed like a question.
 */
class WhatATicketOwesFollowsItsStateTest {

    @ParameterizedTest(name = "{0}, engaged {1}, worked {2}s owes {3} minutes")
    @CsvSource({
            // kind,           engaged, worked seconds, owed minutes
            "INCIDENT,         true,    2640,           0",
            "INCIDENT,         false,   0,              0",
            "QUESTION,         false,   0,              0",
            "QUESTION,         false,   2640,           0",
            "QUESTION,         true,    0,              15",
            "QUESTION,         true,    420,            15",
            "QUESTION,         true,    900,            15",
            "QUESTION,         true,    959,            15",
            "QUESTION,         true,    1014,           16",
            "QUESTION,         true,    2640,           44",
            "ACCOUNT_REQUEST,  true,    2640,           0",
            "ACCOUNT_REQUEST,  false,   0,              0",
            "NONE,             true,    0,              15",
            "NONE,             true,    2640,           44",
            "NONE,             false,   2640,           0",
    })
    void a_ticket_owes_what_its_kind_engagement_and_work_say(String kind, boolean engaged, long workedSeconds, long owed) {
        Optional<TicketKind> ticketKind = kind.equals("NONE") ? Optional.empty() : Optional.of(TicketKind.valueOf(kind));

        long minutes = SupportOwed.minutes(ticketKind, engaged, Duration.ofSeconds(workedSeconds));

        assertThat(minutes).isEqualTo(owed);
    }

    @Test
    void sixteen_point_nine_minutes_worked_are_charged_as_sixteen() {
        Duration worked = Duration.ofMinutes(16).plusSeconds(54);

        long minutes = SupportOwed.minutes(Optional.of(TicketKind.QUESTION), true, worked);

        assertThat(minutes).isEqualTo(16);
    }

    @Test
    void negative_time_worked_is_refused() {
        assertThatThrownBy(() -> SupportOwed.minutes(Optional.of(TicketKind.QUESTION), true, Duration.ofMinutes(-1)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
