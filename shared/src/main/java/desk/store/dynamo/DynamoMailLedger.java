package desk.store.dynamo;

import desk.mail.MailDirection;
import desk.store.ConcurrentUpdateException;
import desk.store.MailLedger;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The send ledger and each ticket's mail thread:
 * <ul>
 *   <li>{@code pk=MAILSENT#<announcement id>, sk=MAILSENT}: one announcement's mail ({@code state}
 *       SENDING, SENT or NOT_SENT, {@code messageId}, {@code claimToken}, {@code leaseUntil} in epoch
 *       milliseconds, {@code providerMessageId}, {@code reason}, {@code expiresAt}). Claimed under
 *       {@code attribute_not_exists(pk) OR (#state = :sending AND #leaseUntil <= :now)}; marked
 *       SENT under {@code attribute_exists(pk)}; released (lease ended at once) under
 *       {@code #state = :sending AND #claimToken = :token}; recorded NOT_SENT under
 *       {@code attribute_not_exists(pk)}.</li>
 *   <li>{@code pk=MAILID#<Message-ID>, sk=MAILID} ({@link TableKeys#mailId}): the ticket a
 *       Message-ID belongs to, {@code direction} OUT for ours, written with the claim under
 *       {@code attribute_not_exists(pk) OR ticketId = :ticketId} (a re-claim writes it again).</li>
 *   <li>{@code pk=TICKET#<id>, sk=MAILID#<at, sortable>#<0 received | 1 sent>#<Message-ID>}: the ticket's thread, read
 *       with {@code begins_with(sk, MAILID#)} in time order; written with the claim (ours) or by
 *       the inbound side in its own transaction ({@code DynamoInboundMails}); a deterministic key, so a repeat writes the same item.</li>
 *   <li>{@code pk=MAILACK#<sender key>, sk=MAILACK}: the last acknowledgement a sender got
 *       ({@code ticketId}, {@code acknowledgedAt} in epoch milliseconds), written with an
 *       acknowledgement's claim under {@code attribute_not_exists(pk) OR #acknowledgedAt <= :windowStart
 *       OR ticketId = :ticketId}; {@code expiresAt} when its window ends.</li>
 * </ul>
 * Ledger items expire after {@code desk.mail.ledger-retention}, longer than the mailer's failure
 * queue keeps a message, so a redrive never finds its record gone.
 */
@Singleton
class DynamoMailLedger implements MailLedger {
    static final String LEDGER_PREFIX = "MAILSENT#";
    static final String THREAD_PREFIX = "MAILID#";
    private static final String LEDGER = "ledger";
    private static final String MAIL_ID = "mail id";
    private static final String THREAD = "thread";
    private static final String SENDER = "sender";

    private final DeskTable table;
    private final Duration retention;

    DynamoMailLedger(DeskTable table, @Value("${desk.mail.ledger-retention}") String retention) {
        this.table = table;
        this.retention = Duration.parse(retention);
    }

    @Override
    public Claimed claim(Claim claim) {
        String token = UUID.randomUUID().toString();
        Transaction transaction = Transaction.on(table)
                .put(LEDGER, Item.builder().with(ledgerKey(claim.announcementId())).s("entity", "MAIL_SENT")
                        .s("announcementId", claim.announcementId()).s("ticketId", claim.ticketId())
                        .s("state", MailRecord.State.SENDING.name()).s("messageId", claim.messageId()).s("claimToken", token)
                        .n("leaseUntil", claim.now().plus(claim.lease()).toEpochMilli())
                        .n("expiresAt", claim.occurredAt().plus(retention).getEpochSecond()).build(),
                        new Condition("attribute_not_exists(pk) OR (#state = :sending AND #leaseUntil <= :now)",
                                Map.of("#state", "state", "#leaseUntil", "leaseUntil"),
                                Map.of(":sending", AttributeValue.fromS(MailRecord.State.SENDING.name()),
                                        ":now", AttributeValue.fromN(Long.toString(claim.now().toEpochMilli())))))
                .put(MAIL_ID, MailThreadItems.mailIdItem(claim.messageId(), claim.ticketId(), MailDirection.OUT, claim.occurredAt()),
                        sameTicket(claim.ticketId()))
                .put(THREAD, threadItem(claim.ticketId(), claim.messageId(), MailDirection.OUT, claim.occurredAt()));
        claim.acknowledgedSender().ifPresent(sender -> transaction.put(SENDER, Item.builder().with(senderKey(sender))
                        .s("entity", "MAIL_ACKNOWLEDGED").s("sender", sender).s("ticketId", claim.ticketId())
                        .n("acknowledgedAt", claim.occurredAt().toEpochMilli())
                        .n("expiresAt", claim.occurredAt().plus(claim.window()).getEpochSecond()).build(),
                new Condition("attribute_not_exists(pk) OR #acknowledgedAt <= :windowStart OR ticketId = :ticketId",
                        Map.of("#acknowledgedAt", "acknowledgedAt"),
                        Map.of(":windowStart", AttributeValue.fromN(Long.toString(claim.occurredAt().minus(claim.window()).toEpochMilli())),
                                ":ticketId", AttributeValue.fromS(claim.ticketId())))));
        try {
            transaction.commit();
            return new Claimed.Granted(token);
        } catch (Transaction.ConditionsFailed failed) {
            if (failed.failed(LEDGER)) {
                Map<String, AttributeValue> item = table.get(ledgerKey(claim.announcementId())).orElseThrow(() ->
                        new ConcurrentUpdateException("mail of " + claim.announcementId() + " was claimed and removed meanwhile", failed));
                MailRecord record = record(item);
                return record.state() == MailRecord.State.SENDING
                        ? new Claimed.Leased(Instant.ofEpochMilli(Item.reader(item).n("leaseUntil")))
                        : new Claimed.Settled(record);
            }
            if (failed.failed(SENDER)) {
                return new Claimed.SenderRecentlyAcknowledged(table.get(senderKey(claim.acknowledgedSender().orElseThrow()))
                        .map(item -> Item.reader(item).s("ticketId")).orElse("another ticket"));
            }
            throw new IllegalStateException("Message-ID " + claim.messageId() + " already belongs to another ticket", failed);
        }
    }

    @Override
    public void markSent(String announcementId, String providerMessageId, Instant at) {
        Map<String, AttributeValue> set = new LinkedHashMap<>();
        set.put("state", AttributeValue.fromS(MailRecord.State.SENT.name()));
        set.put("providerMessageId", AttributeValue.fromS(providerMessageId));
        set.put("sentAt", AttributeValue.fromS(at.toString()));
        Transaction.on(table).update(LEDGER, ledgerKey(announcementId),
                Update.setting(set, Set.of("leaseUntil", "claimToken", "reason")), Condition.EXISTING).commit();
    }

    @Override
    public void release(String announcementId, String claimToken, String reason) {
        Map<String, AttributeValue> set = new LinkedHashMap<>();
        set.put("leaseUntil", AttributeValue.fromN("0"));
        set.put("reason", AttributeValue.fromS(reason));
        try {
            Transaction.on(table).update(LEDGER, ledgerKey(announcementId), Update.setting(set, Set.of()),
                    new Condition("#state = :sending AND #claimToken = :token", Map.of("#state", "state", "#claimToken", "claimToken"),
                            Map.of(":sending", AttributeValue.fromS(MailRecord.State.SENDING.name()),
                                    ":token", AttributeValue.fromS(claimToken)))).commit();
        } catch (Transaction.ConditionsFailed failed) {
            // Another sender took the claim over (our lease ran out): it is theirs to settle.
        }
    }

    @Override
    public void recordNotSent(String announcementId, String ticketId, String reason, Instant at) {
        try {
            Transaction.on(table).put(LEDGER, Item.builder().with(ledgerKey(announcementId)).s("entity", "MAIL_SENT")
                    .s("announcementId", announcementId).s("ticketId", ticketId).s("state", MailRecord.State.NOT_SENT.name())
                    .s("reason", reason).n("expiresAt", at.plus(retention).getEpochSecond()).build(), Condition.NEW_ITEM).commit();
        } catch (Transaction.ConditionsFailed failed) {
            // Already recorded (a redelivery decided the same), or settled otherwise: the first record stands.
        }
    }

    @Override
    public Optional<MailRecord> find(String announcementId) {
        return table.get(ledgerKey(announcementId)).map(DynamoMailLedger::record);
    }

    @Override
    public void addToThread(String ticketId, String messageId, MailDirection direction, Instant at) {
        Transaction.on(table).put(THREAD, threadItem(ticketId, messageId, direction, at)).commit();
    }

    @Override
    public List<ThreadEntry> threadOf(String ticketId) {
        Map<String, ThreadEntry> entries = new java.util.LinkedHashMap<>();
        for (Map<String, AttributeValue> item : table.itemsStartingWith(TableKeys.ticketPk(ticketId), THREAD_PREFIX)) {
            Item.Reader reader = Item.reader(item);
            entries.putIfAbsent(reader.s("messageId"),
                    new ThreadEntry(reader.s("messageId"), MailDirection.valueOf(reader.s("direction"))));
        }
        return List.copyOf(entries.values());
    }

    /** A ticket's thread entry; the inbound store may put it in its own transaction (it needs no condition). */
    static Map<String, AttributeValue> threadItem(String ticketId, String messageId, MailDirection direction, Instant at) {
        // At the same instant a mail received comes before ours (an acknowledgement is stamped with the mail's own receipt).
        String order = direction == MailDirection.IN ? "0" : "1";
        return Item.builder().with(TableKeys.key(TableKeys.ticketPk(ticketId), THREAD_PREFIX + Item.sortable(at) + "#" + order + "#" + messageId))
                .s("entity", "TICKET_MAIL_ID").s("ticketId", ticketId).s("messageId", messageId).s("direction", direction.name())
                .instant("at", at).build();
    }

    private static Condition sameTicket(String ticketId) {
        return new Condition("attribute_not_exists(pk) OR ticketId = :ticketId", Map.of(),
                Map.of(":ticketId", AttributeValue.fromS(ticketId)));
    }

    private static MailRecord record(Map<String, AttributeValue> item) {
        Item.Reader reader = Item.reader(item);
        return new MailRecord(reader.s("announcementId"), reader.s("ticketId"), MailRecord.State.valueOf(reader.s("state")),
                reader.optionalS("messageId"), reader.optionalS("providerMessageId"), reader.optionalS("reason"));
    }

    private static Map<String, AttributeValue> ledgerKey(String announcementId) {
        return TableKeys.key(LEDGER_PREFIX + announcementId, "MAILSENT");
    }

    private static Map<String, AttributeValue> senderKey(String sender) {
        return TableKeys.key("MAILACK#" + sender, "MAILACK");
    }
}
