package desk.mime;

/**
 * The bounds within which a raw message is read; a message past any of them is rejected with a
 * reason naming the limit. The defaults and why (see also {@code package-info}):
 *
 * @param maxMessageBytes       the raw message: 40 MiB, above SES's 40 MB receiving limit, so only
 *                              a message that did not come through SES can reach it
 * @param maxHeaderLineLength   one physical header line: 16 KiB; real mail has 1,440-character
 *                              lines (and RFC 5322's 998 is routinely broken), mime4j's default
 *                              of 1,000 rejects them
 * @param maxHeaderFieldLength  one header field with its folded lines: 64 KiB; a long thread's
 *                              folded {@code References} reaches 12 kB, five times that is left
 * @param maxHeaderCount        fields in one header section: 1,000; Exchange Online with ARC and
 *                              a few relays writes about 100
 * @param maxHeaderBytes        all header sections of the message together (top, parts, forwarded
 *                              messages): 1 MiB
 * @param maxNestingDepth       multiparts and forwarded messages inside each other: 16; real mail
 *                              nests 3 to 5 deep (mixed, alternative, related, a forward or two)
 * @param maxParts              MIME parts in all: 500
 * @param maxAttachments        attachments kept: 100
 * @param maxPartBytes          one part's decoded content: 25 MiB, the attachment cap of the
 *                              common clients and providers
 * @param maxDecodedBytes       all parts' decoded content together: 40 MiB, as much as the raw
 *                              message may be
 * @param maxBodyChars          text of the body kept: 200,000 characters (a long mail is 20,000);
 *                              the rest of a longer text is dropped, not the message
 * @param maxHtmlBytes          an HTML part read to turn into text: 4 MiB (HTML mail carries its
 *                              styles inline); the rest of a larger one is dropped
 */
public record MailLimits(
        long maxMessageBytes,
        int maxHeaderLineLength,
        int maxHeaderFieldLength,
        int maxHeaderCount,
        long maxHeaderBytes,
        int maxNestingDepth,
        int maxParts,
        int maxAttachments,
        long maxPartBytes,
        long maxDecodedBytes,
        int maxBodyChars,
        int maxHtmlBytes) {

    private static final int KIB = 1024;
    private static final int MIB = 1024 * KIB;

    /** The limits used for every inbound mail. */
    public static final MailLimits DEFAULT = new MailLimits(40L * MIB, 16 * KIB, 64 * KIB, 1_000, MIB, 16, 500, 100,
            25L * MIB, 40L * MIB, 200_000, 4 * MIB);

    public MailLimits {
        if (maxMessageBytes <= 0 || maxHeaderLineLength <= 0 || maxHeaderFieldLength <= 0 || maxHeaderCount <= 0
                || maxHeaderBytes <= 0 || maxNestingDepth <= 0 || maxParts <= 0 || maxAttachments < 0 || maxPartBytes <= 0
                || maxDecodedBytes <= 0 || maxBodyChars <= 0 || maxHtmlBytes <= 0) {
            throw new IllegalArgumentException("every mail limit must be positive (maxAttachments may be 0)");
        }
        if (maxHeaderFieldLength < maxHeaderLineLength) {
            throw new IllegalArgumentException("maxHeaderFieldLength must be at least maxHeaderLineLength");
        }
    }

    public MailLimits withMaxPartBytes(long bytes) {
        return new MailLimits(maxMessageBytes, maxHeaderLineLength, maxHeaderFieldLength, maxHeaderCount, maxHeaderBytes,
                maxNestingDepth, maxParts, maxAttachments, bytes, maxDecodedBytes, maxBodyChars, maxHtmlBytes);
    }

    public MailLimits withMaxMessageBytes(long bytes) {
        return new MailLimits(bytes, maxHeaderLineLength, maxHeaderFieldLength, maxHeaderCount, maxHeaderBytes,
                maxNestingDepth, maxParts, maxAttachments, maxPartBytes, maxDecodedBytes, maxBodyChars, maxHtmlBytes);
    }
}
