package desk.handler.conversation;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import desk.api.ApiProblem;
import desk.api.HttpApi;
import desk.store.AnnouncementRecord;
import desk.usecase.ReadTicket;
import io.micronaut.context.ApplicationContext;
import io.micronaut.function.aws.MicronautRequestHandler;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;

/**
 * {@code GET /tickets/{id}/history}: the ticket's announcements in order, as published (the same
 * {@code detail-type}, {@code detail} and {@code eventId} consumers see); staff-only ones for support.
 */
public class TicketHistoryHandler extends MicronautRequestHandler<APIGatewayV2HTTPEvent, APIGatewayV2HTTPResponse> {
    @Inject
    HttpApi api;
    @Inject
    ReadTicket readTicket;

    @Serdeable
    public record History(String ticketId, List<Entry> events) {}

    @Serdeable
    public record Entry(String eventId, long sequence, String occurredAt, String detailType, Map<String, Object> detail) {
        static Entry of(AnnouncementRecord record) {
            return new Entry(record.eventId(), record.sequence(), record.occurredAt().toString(), record.detailType(), record.detail());
        }
    }

    public TicketHistoryHandler() {}

    public TicketHistoryHandler(ApplicationContext context) {
        super(context);
    }

    @Override
    public APIGatewayV2HTTPResponse execute(APIGatewayV2HTTPEvent event) {
        return api.respond(event, request -> {
            String id = request.pathParameter("id");
            return readTicket.history(request.principal(), id)
                    .map(entries -> api.json(200, new History(id, entries.stream().map(Entry::of).toList())))
                    .orElseThrow(() -> ApiProblem.notFound("Ticket " + id));
        });
    }
}
