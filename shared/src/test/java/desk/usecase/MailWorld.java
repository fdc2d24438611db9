package desk.usecase;

import desk.account.Account;
import desk.account.Contract;
import desk.account.MailUser;
import desk.account.Partner;
import desk.account.PartnerAccess;
import desk.account.PartnerKind;
import desk.account.Plan;
import desk.devkit.LocalDesk;
import desk.mail.InboundMail;
import desk.mail.MailAddress;
import desk.mail.MailOrigin;
import desk.mail.MailReading;
import desk.mail.StoredMail;
import desk.mail.TicketToken;
import desk.store.AccountStore;
import desk.store.PartnerStore;
import desk.store.TicketStore;
import desk.ticket.Ticket;
import desk.ticket.TicketDecision;
import desk.ticket.TicketStatus;
import io.micronaut.context.ApplicationContext;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Mail intake's world for use-case tests: a context on DynamoDB Local with the mail configuration,
 * parties known by mail, and mails built as the reader would give them (no parser needed).
 */
final class MailWorld implements AutoCloseable {
    static final byte[] KEY = "mail-world-token-key-32-bytes-long!!".getBytes(StandardCharsets.US_ASCII);
    static final MailAddress SUPPORT = MailAddress.of("support@desk.example");
    static final String BUCKET = "raw-mail";

    final ApplicationContext context;
    final ReceiveMail receive;
    final TicketToken token;
    final String suffix = UUID.randomUUID().toString().substring(0, 8);
    /** A direct Enterprise account: Ana is a known user, anyone at its domain a person of it. */
    final Account account;
    final MailAddress ana;
    final String domain;

    MailWorld(LocalDesk desk) {
        Map<String, Object> properties = new HashMap<>(desk.functionProperties("OpenTicketFunction"));
        properties.put("desk.mail.token-keys", Base64.getEncoder().encodeToString(KEY));
        properties.put("desk.mail.support-addresses", "support@desk.example, help@desk.example");
        context = ApplicationContext.builder().properties(properties).start();
        receive = context.getBean(ReceiveMail.class);
        token = context.getBean(TicketToken.class);
        domain = "acme-" + suffix + ".example";
        ana = MailAddress.of("ana." + suffix + "@mailbox.example");
        account = new Account("acme-" + suffix, "Acme", Plan.ENTERPRISE, Contract.DIRECT, Optional.empty(), List.of(),
                "es-madrid", Optional.of("csm-marta"), List.of(domain), List.of(new MailUser(ana, "ana-sub")));
        context.getBean(AccountStore.class).put(account);
    }

    /** A Solution Partner whose user writes from its own address, with these client accounts (indirect, created here). */
    Partner partnerWithClients(int clients, MailAddress user) {
        Partner partner = new Partner("sp-" + UUID.randomUUID().toString().substring(0, 8), "Partner", PartnerKind.SOLUTION,
                true, true, List.of(new MailUser(user, "pat-sub")), Optional.empty());
        context.getBean(PartnerStore.class).put(partner);
        for (int i = 0; i < clients; i++) {
            context.getBean(AccountStore.class).put(new Account("client-" + i + "-" + partner.id(), "Client", Plan.PREMIUM,
                    Contract.INDIRECT, Optional.of(partner.id()), List.of(new PartnerAccess(partner.id(), true)), "es-madrid",
                    Optional.of("csm-marta")));
        }
        return partner;
    }

    static StoredMail object() {
        return new StoredMail(BUCKET, "inbound/" + UUID.randomUUID());
    }

    static String messageId() {
        return UUID.randomUUID() + "@client.example";
    }

    ReceiveMail.Outcome receive(InboundMail mail) {
        return receive.receive(object(), new MailReading.Read(mail), mail.receivedAt().orElseThrow());
    }

    Ticket ticket(String id) {
        return context.getBean(TicketStore.class).find(id).orElseThrow();
    }

    /** Support sets the ticket's status, as ChangeTicketStatus stores it. */
    Ticket setStatus(String ticketId, TicketStatus status, Instant at) {
        Ticket ticket = ticket(ticketId);
        TicketDecision.Accepted accepted = (TicketDecision.Accepted) ticket.withStatus(status, at);
        context.getBean(TicketStore.class).update(accepted.change());
        return ticket(ticketId);
    }

    @Override
    public void close() {
        context.close();
    }

    /** A mail as the reader gives it, changed through the builder's methods. */
    static Mail mail(MailAddress from, Instant receivedAt) {
        return new Mail(from, receivedAt);
    }

    static final class Mail {
        private Optional<String> messageId = Optional.of(MailWorld.messageId());
        private final List<String> inReplyTo = new ArrayList<>();
        private final List<String> references = new ArrayList<>();
        private final MailAddress from;
        private final List<MailAddress> to = new ArrayList<>(List.of(SUPPORT));
        private final List<MailAddress> cc = new ArrayList<>();
        private String subject = "Labels print the street twice";
        private String body = "The labels print the street twice.\n\n> earlier mail";
        private String visibleBody = "The labels print the street twice.";
        private final Instant receivedAt;
        private MailOrigin origin = new MailOrigin.Person();

        private Mail(MailAddress from, Instant receivedAt) {
            this.from = from;
            this.receivedAt = receivedAt;
        }

        Mail messageId(String id) {
            messageId = Optional.of(id);
            return this;
        }

        Mail inReplyTo(String id) {
            inReplyTo.add(id);
            return this;
        }

        Mail references(String id) {
            references.add(id);
            return this;
        }

        Mail to(MailAddress... addresses) {
            to.clear();
            to.addAll(List.of(addresses));
            return this;
        }

        Mail cc(MailAddress... addresses) {
            cc.addAll(List.of(addresses));
            return this;
        }

        Mail subject(String text) {
            subject = text;
            return this;
        }

        Mail body(String visible) {
            visibleBody = visible;
            body = visible + "\n\n> quoted";
            return this;
        }

        Mail origin(MailOrigin automatic) {
            origin = automatic;
            return this;
        }

        InboundMail build() {
            return new InboundMail(messageId, inReplyTo, references, from, List.of(), to, cc, subject,
                    Optional.of(receivedAt.minusSeconds(5)), Optional.of(receivedAt), body, visibleBody, List.of(), List.of(),
                    origin);
        }
    }
}
