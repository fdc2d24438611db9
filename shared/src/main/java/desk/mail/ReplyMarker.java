package desk.mail;

/**
 * The line at the top of every mail support sends, above which a customer types the answer: the
 * writer puts it there, {@link QuotedHistory} cuts a reply at it.
 */
public final class ReplyMarker {
    public static final String TEXT = "##- Please type your reply above this line -##";

    private ReplyMarker() {
    }
}
