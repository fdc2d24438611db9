/**
 * Mail as support reads and writes it: an inbound message reduced to what intake and threading
 * need, whether a machine sent it, the signed ticket token in our reply-to addresses, and the mail
 * support sends. No MIME parsing here (that is an adapter's job) and no I/O.
 */
package desk.mail;
