package desk.local;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.joda.time.DateTime;
import org.joda.time.DateTimeZone;

import com.amazonaws.services.lambda.runtime.events.ScheduledEvent;

import desk.devkit.LocalAws;
import desk.devkit.Schedule;

/** The EventBridge event a schedule delivers: "Scheduled Event" from aws.events, time = now. */
final class ScheduledEvents {

    private final Clock clock;

    ScheduledEvents(Clock clock) {
        this.clock = clock;
    }

    ScheduledEvent event(Schedule schedule) {
        ScheduledEvent event = new ScheduledEvent();
        event.setVersion("0");
        event.setId(UUID.randomUUID().toString());
        event.setDetailType("Scheduled Event");
        event.setSource("aws.events");
        event.setAccount(LocalAws.ACCOUNT_ID);
        event.setRegion(LocalAws.REGION.id());
        event.setTime(new DateTime(clock.millis(), DateTimeZone.UTC));
        event.setResources(List.of("arn:aws:events:" + LocalAws.REGION.id() + ":" + LocalAws.ACCOUNT_ID
                + ":rule/" + schedule.functionLogicalId() + "-" + schedule.eventName()));
        event.setDetail(Map.of());
        return event;
    }
}
