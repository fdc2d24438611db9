package desk.mail;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The machine-readable parts of a delivery status report (RFC 3464, a {@code multipart/report;
 * report-type=delivery-status}): the {@code message/delivery-status} text and the headers of the
 * returned message ({@code message/rfc822} or {@code text/rfc822-headers}), when it came back.
 */
public record DeliveryReport(String status, MailHeaders returnedHeaders) {
    public DeliveryReport {
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(returnedHeaders, "returnedHeaders");
    }

    /**
     * The recipients that failed permanently: those whose block says {@code Action: failed}, or
     * gives a {@code 5.x.x} status without an action. The address is the {@code Original-Recipient}
     * (what we sent to) when given, else the {@code Final-Recipient}.
     */
    public List<String> failedRecipients() {
        List<String> failed = new ArrayList<>();
        // The first block is per message (Reporting-MTA ...), each further one per recipient.
        for (String block : status.split("\r?\n[ \t]*\r?\n")) {
            MailHeaders fields = MailHeaders.parse(block.strip());
            Optional<String> recipient = fields.first("Original-Recipient").or(() -> fields.first("Final-Recipient"))
                    .flatMap(DeliveryReport::addressOf);
            if (recipient.isEmpty()) {
                continue;
            }
            String action = fields.lowerCase("Action");
            String statusCode = fields.lowerCase("Status");
            if (action.startsWith("failed") || (action.isEmpty() && statusCode.startsWith("5."))) {
                if (!failed.contains(recipient.get())) {
                    failed.add(recipient.get());
                }
            }
        }
        return failed;
    }

    /** The Message-ID of the mail that bounced, without angle brackets. */
    public Optional<String> originalMessageId() {
        return returnedHeaders.first("Message-ID").flatMap(value -> MessageIds.parse(value).stream().findFirst());
    }

    /** {@code rfc822; <user@Example.com>} to {@code user@example.com}; empty when no address. */
    private static Optional<String> addressOf(String typedAddress) {
        int semicolon = typedAddress.indexOf(';');
        String address = (semicolon >= 0 ? typedAddress.substring(semicolon + 1) : typedAddress).trim();
        if (address.startsWith("<") && address.endsWith(">")) {
            address = address.substring(1, address.length() - 1).trim();
        }
        try {
            return Optional.of(MailAddress.of(address).address());
        } catch (IllegalArgumentException notAnAddress) {
            return Optional.empty();
        }
    }
}
