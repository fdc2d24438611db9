package desk.local;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;

import desk.devkit.ReceiptRule;
import desk.devkit.SamTemplate;

/**
 * SES's receiving, for the template's receipt rules with an S3 action: mail to a recipient a rule
 * matches is stored once per rule in the rule's bucket under its prefix, named by its SES message
 * id, with the headers SES puts first ({@code Return-Path}, {@code Received} with SES's
 * {@code by ... with SMTP id ...; date}, and the spam and virus verdicts when the rule scans), and
 * the bucket's S3 events follow as S3 sends them. The message itself is kept byte for byte.
 */
final class InboundMail {

    /** RFC 5322 date-time, as SES writes it in {@code Received}. */
    static final DateTimeFormatter RFC_5322 = DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss Z", Locale.ROOT)
            .withZone(ZoneOffset.UTC);
    static final String RECEIVING_HOST = "inbound-smtp.desk.local";

    private final SamTemplate template;
    private final List<ReceiptRule> rules;
    private final DeskRuntime runtime;
    private final Clock clock;
    private final PrintStream log;

    InboundMail(SamTemplate template, DeskRuntime runtime, Clock clock, PrintStream log) {
        this.template = template;
        this.rules = template.receiptRules();
        this.runtime = runtime;
        this.clock = clock;
        this.log = log;
    }

    List<ReceiptRule> rules() {
        return rules;
    }

    /** Whether SES would receive mail for this address (a receipt rule matches it). */
    boolean receives(String address) {
        return rules.stream().anyMatch(rule -> rule.matches(address));
    }

    /**
     * Receives one message for the given recipients (those SES receives; others are not its
     * business): each matching rule stores it once and S3 announces it.
     *
     * @param heloName      what the sending client said in {@code HELO}/{@code EHLO}
     * @param clientAddress the sending client's IP address
     * @return the stored objects' keys
     */
    List<String> receive(String envelopeFrom, List<String> recipients, String heloName, String clientAddress, byte[] raw) {
        List<String> keys = new java.util.ArrayList<>();
        for (ReceiptRule rule : rules) {
            List<String> matched = recipients.stream().filter(rule::matches).toList();
            if (matched.isEmpty()) {
                continue;
            }
            String messageId = sesMessageId();
            byte[] stored = stamped(rule, envelopeFrom, matched, heloName, clientAddress, messageId, clock.instant(), raw);
            String bucket = template.bucketName(rule.bucketLogicalId());
            String key = rule.objectKeyPrefix() + messageId;
            runtime.storeObject(bucket, key, stored, "message/rfc822");
            log.printf("MAIL IN for %s from <%s>: stored s3://%s/%s (%d bytes, rule %s)%n", matched, envelopeFrom, bucket, key,
                    stored.length, rule.logicalId());
            log.flush();
            keys.add(key);
        }
        return keys;
    }

    /** The message as SES stores it: its trace and verdict headers first, then the message unchanged. */
    static byte[] stamped(ReceiptRule rule, String envelopeFrom, List<String> recipients, String heloName, String clientAddress,
                          String messageId, Instant receivedAt, byte[] raw) {
        StringBuilder headers = new StringBuilder();
        headers.append("Return-Path: <").append(envelopeFrom).append(">\r\n");
        headers.append("Received: from ").append(heloName).append(" (").append(heloName).append(" [").append(clientAddress)
                .append("])\r\n by ").append(RECEIVING_HOST).append(" with SMTP id ").append(messageId);
        if (recipients.size() == 1) {
            headers.append("\r\n for ").append(recipients.getFirst());
        }
        headers.append(";\r\n ").append(RFC_5322.format(receivedAt)).append(" (UTC)\r\n");
        if (rule.scanEnabled()) {
            headers.append("X-SES-Spam-Verdict: PASS\r\n");
            headers.append("X-SES-Virus-Verdict: PASS\r\n");
        }
        byte[] prefix = headers.toString().getBytes(StandardCharsets.US_ASCII);
        byte[] stored = new byte[prefix.length + raw.length];
        System.arraycopy(prefix, 0, stored, 0, prefix.length);
        System.arraycopy(raw, 0, stored, prefix.length, raw.length);
        return stored;
    }

    /** SES names a received message with 40 lower-case letters and digits. */
    static String sesMessageId() {
        String alphabet = "abcdefghijklmnopqrstuvwxyz0123456789";
        StringBuilder id = new StringBuilder(40);
        for (int i = 0; i < 40; i++) {
            id.append(alphabet.charAt(ThreadLocalRandom.current().nextInt(alphabet.length())));
        }
        return id.toString();
    }
}
