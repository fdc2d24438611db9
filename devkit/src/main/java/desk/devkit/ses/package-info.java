/**
 * A local stand-in for Amazon SES v2's {@code SendEmail} with raw content, on 127.0.0.1: the
 * mailer's SDK client talks to it through {@code endpointOverride}, and each accepted message
 * goes to a listener (tests read it; the local runtime puts it in a mailbox a person can read).
 */
package desk.devkit.ses;
