package desk.handler.mailer;

import com.amazonaws.services.lambda.runtime.events.ScheduledEvent;
import desk.account.Account;
import desk.account.Contract;
import desk.account.Partner;
import desk.account.PartnerAccess;
import desk.account.PartnerKind;
import desk.account.Plan;
import desk.conversation.Message;
import desk.devkit.FunctionContexts;
import desk.devkit.FunctionProperties;
import desk.devkit.LocalDesk;
import desk.devkit.ses.LocalSes;
import desk.devkit.ses.SentMail;
import desk.identity.Principal;
import desk.intake.IntakeContext;
import desk.intake.TicketIntake;
import desk.intake.TicketRequest;
import desk.mail.InboundMail;
import desk.mail.MailAddress;
import desk.mail.MailDirection;
import desk.mail.MailReading;
import desk.mail.OurMail;
import desk.mail.TicketToken;
import desk.mime.MailLimits;
import desk.mime.MimeMailReader;
import desk.store.AccountStore;
import desk.store.AnnouncementRecord;
import desk.store.MailLedger;
import desk.store.PartnerStore;
import desk.store.TicketStore;
import desk.ticket.Category;
import desk.ticket.Channel;
import desk.ticket.ReplicationDetails;
import desk.ticket.Ticket;
import desk.ticket.TicketChange;
import desk.ticket.TicketKind;
import desk.usecase.PostMessage;
import desk.usecase.TicketCalendars;
import io.micronaut.context.ApplicationContext;
import io.micronaut.core.type.Argument;
import io.micronaut.json.JsonMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The mailer's world in a test: its function context as the template configures it, on DynamoDB
 * Local and the local SES (whose messages are collected), accounts and partners, email tickets
 * opened through intake with their mail thread, agents' replies through {@code PostMessage}, and
 * the announcements they made delivered as EventBridge delivers them.
 */
final class MailWorld implements AutoCloseable {
    static final String KEY = Base64.getEncoder().encodeToString("mailer-test-key-of-thirty-two-bytes!".getBytes());
    static final MailAddress SUPPORT = new MailAddress("support@desk.example", Optional.of("Desk Support"));

    final List<SentMail> sent = new CopyOnWriteArrayList<>();
    final LocalSes ses;
    final ApplicationContext context;
    final MailerHandler handler;
    private final LocalDesk desk;
    private final Path events;

    MailWorld(LocalDesk desk) {
        this.desk = desk;
        this.ses = LocalSes.start(sent::add);
        Map<String, Object> local = new HashMap<>(FunctionProperties.localProperties(desk.endpoint()));
        local.put("desk.ses.endpoint", ses.endpoint().toString());
        local.put("desk.mail.ticket-token-keys", KEY);
        this.context = FunctionContexts.start(desk.template(), desk.template().function("MailerFunction"), local,
                FunctionProperties.LOCAL_LOG_STREAM);
        this.handler = new MailerHandler(context);
        this.events = desk.template().file().toAbsolutePath().getParent().resolve("events");
    }

    <T> T bean(Class<T> type) {
        return context.getBean(type);
    }

    Account directAccount() {
        Account account = new Account("mail-direct-" + suffix(), "Direct", Plan.ENTERPRISE, Contract.DIRECT, Optional.empty(),
                List.of(), "es-madrid");
        bean(AccountStore.class).put(account);
        return account;
    }

    Partner partner(Optional<MailAddress> supportAddress) {
        Partner partner = new Partner("mail-partner-" + suffix(), "Partner", PartnerKind.SOLUTION, true, true, List.of(),
                supportAddress);
        bean(PartnerStore.class).put(partner);
        return partner;
    }

    Account indirectAccount(Partner partner) {
        Account account = new Account("mail-indirect-" + suffix(), "Indirect", Plan.PREMIUM, Contract.INDIRECT,
                Optional.of(partner.id()), List.of(new PartnerAccess(partner.id(), true)), "es-madrid");
        bean(AccountStore.class).put(account);
        return account;
    }

    /** A ticket opened by mail from {@code requester}, with its thread and the first mail's Message-ID. */
    Ticket emailTicket(Account account, MailAddress requester, String subject, Instant receivedAt, boolean agreedDirect) {
        return ticket(account, Channel.EMAIL, subject, receivedAt, agreedDirect, Optional.of(requester), List.of());
    }

    Ticket ticket(Account account, Channel channel, String subject, Instant receivedAt, boolean agreedDirect,
                  Optional<MailAddress> requester, List<MailAddress> undeliverable) {
        String id = UUID.randomUUID().toString();
        TicketRequest request = new TicketRequest(channel, TicketKind.QUESTION, Optional.empty(), Category.PLATFORM, subject,
                "Which setting exports net prices?", new ReplicationDetails(account.id(), Optional.empty(), Optional.empty()), agreedDirect);
        TicketChange opened = bean(TicketIntake.class).open(id, request,
                new IntakeContext(account, new Principal.CustomerUser("mail-customer", account.id()), Optional.empty()), receivedAt,
                bean(TicketCalendars.class).of(account));
        bean(TicketStore.class).create(opened, Optional.empty());
        requester.ifPresent(address -> {
            putThread(id, address, subject, undeliverable);
            bean(MailLedger.class).addToThread(id, inboundMessageId(id), MailDirection.IN, receivedAt);
        });
        return opened.ticket();
    }

    static String inboundMessageId(String ticketId) {
        return "first-" + ticketId + "@client.example";
    }

    Message reply(Ticket ticket, String body, Instant at) {
        return ((PostMessage.Outcome.Posted) bean(PostMessage.class).post(new Principal.SupportAgent("agent-lucia"), ticket.id(),
                Map.of("body", body), at, Optional.empty())).message();
    }

    /** The ticket's announcements of this type, oldest first. */
    List<AnnouncementRecord> announced(Ticket ticket, String detailType) {
        return bean(TicketStore.class).history(ticket.id()).stream().filter(a -> a.detailType().equals(detailType)).toList();
    }

    /** An announcement as the rule delivers it to the mailer: an EventBridge envelope with a fresh EventBridge id. */
    Map<String, Object> deliver(AnnouncementRecord announcement) {
        Map<String, Object> envelope = new LinkedHashMap<>();
        envelope.put("version", "0");
        envelope.put("id", UUID.randomUUID().toString());
        envelope.put("detail-type", announcement.detailType());
        envelope.put("source", "desk.tickets");
        envelope.put("account", "123456789012");
        envelope.put("time", announcement.occurredAt().toString());
        envelope.put("region", "eu-south-2");
        envelope.put("resources", List.of());
        envelope.put("detail", announcement.detail());
        return invoke(json(envelope));
    }

    /** A sample of {@code events/} with its ids replaced by this world's, invoked as Lambda would. */
    Map<String, Object> deliverSample(String file, Map<String, String> replacements) {
        try {
            String text = Files.readString(events.resolve(file));
            for (var replacement : replacements.entrySet()) {
                text = text.replace(replacement.getKey(), replacement.getValue());
            }
            return invoke(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The JSON read into the handler's input type by the context's serde, as the Lambda runtime hands it over. */
    Map<String, Object> invoke(String json) {
        try {
            ScheduledEvent envelope = bean(JsonMapper.class).readValue(json, Argument.of(ScheduledEvent.class));
            return handler.handleRequest(envelope, null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A sent message read back as a mail client would read it. */
    static InboundMail read(SentMail mail) {
        MailReading reading = new MimeMailReader(MailLimits.DEFAULT, new OurMail(java.util.Set.of(), java.util.Set.of())).read(mail.raw());
        return ((MailReading.Read) reading).mail();
    }

    TicketToken token() {
        return bean(TicketToken.class);
    }

    List<SentMail> sentTo(String address) {
        return new ArrayList<>(sent.stream().filter(mail -> mail.recipients().contains(address)).toList());
    }

    private String json(Map<String, Object> value) {
        try {
            return bean(JsonMapper.class).writeValueAsString(value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The ticket's mail thread as the inbound side writes it ({@code pk=TICKET#<id>, sk=MAIL},
     * docs/access-patterns.md): the requester, the support address, addresses a bounce marked.
     */
    private void putThread(String ticketId, MailAddress requester, String subject, List<MailAddress> undeliverable) {
        DynamoDbClient client = desk.client();
        Map<String, AttributeValue> item = new HashMap<>();
        item.put("pk", AttributeValue.fromS("TICKET#" + ticketId));
        item.put("sk", AttributeValue.fromS("MAIL"));
        item.put("entity", AttributeValue.fromS("MAIL_THREAD"));
        item.put("ticketId", AttributeValue.fromS(ticketId));
        item.put("requester", address(requester));
        item.put("supportAddress", address(SUPPORT));
        item.put("participants", AttributeValue.fromL(List.of()));
        item.put("undeliverable", AttributeValue.fromL(undeliverable.stream().map(MailWorld::address).toList()));
        item.put("subject", AttributeValue.fromS(subject));
        item.put("version", AttributeValue.fromN("1"));
        client.putItem(put -> put.tableName(desk.tableName("DeskTable")).item(item));
    }

    private static AttributeValue address(MailAddress address) {
        Map<String, AttributeValue> map = new HashMap<>();
        map.put("address", AttributeValue.fromS(address.address()));
        address.displayName().ifPresent(name -> map.put("displayName", AttributeValue.fromS(name)));
        return AttributeValue.fromM(map);
    }

    private static String suffix() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    @Override
    public void close() {
        context.close();
        ses.close();
    }
}
