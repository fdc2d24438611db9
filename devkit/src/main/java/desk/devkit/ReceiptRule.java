package desk.devkit;

import java.util.List;
import java.util.Locale;

/**
 * An {@code AWS::SES::ReceiptRule} with an {@code S3Action}: mail to its recipients is stored in
 * the bucket under the prefix. Recipients are matched as SES matches them: an address exactly,
 * a domain ({@code example.com}) for every address at it, {@code .example.com} for every address
 * at its subdomains; no recipients match every address of the account's verified domains (here:
 * every address).
 *
 * @param bucketLogicalId the bucket the action's {@code BucketName: !Ref ...} names
 */
public record ReceiptRule(String logicalId, List<String> recipients, boolean enabled, boolean scanEnabled,
                          String bucketLogicalId, String objectKeyPrefix) {

    public ReceiptRule {
        recipients = recipients.stream().map(r -> r.toLowerCase(Locale.ROOT)).toList();
    }

    public boolean matches(String address) {
        if (!enabled) {
            return false;
        }
        if (recipients.isEmpty()) {
            return true;
        }
        String lower = address.toLowerCase(Locale.ROOT);
        int at = lower.lastIndexOf('@');
        String domain = at < 0 ? "" : lower.substring(at + 1);
        return recipients.stream().anyMatch(recipient -> recipient.contains("@") ? recipient.equals(lower)
                : recipient.startsWith(".") ? domain.endsWith(recipient) : domain.equals(recipient));
    }
}
