/**
 * Mail as support reads and writes it: an inbound message reduced to what intake and threading
 * need, whether a machine sent it ({@link desk.mail.AutomaticMail}), the part of a reply its author
 * wrote ({@link desk.mail.QuotedHistory}, cut at {@link desk.mail.ReplyMarker}), the signed ticket
 * token in our reply-to addresses, and the mail support sends ({@link desk.mail.OutgoingMail}).
 * No MIME parsing here (that is {@code desk.mime}'s job in the mail-mime module) and no I/O.
 */
package desk.mail;
