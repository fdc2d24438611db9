package desk.mail;

/** Whether a Message-ID recorded for a ticket is of a mail we received ({@code IN}) or sent ({@code OUT}). */
public enum MailDirection {
    IN, OUT
}
