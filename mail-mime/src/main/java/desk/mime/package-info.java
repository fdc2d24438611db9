/**
 * Raw mail in and out, for the email functions: {@link desk.mime.MimeMailReader} reads the bytes
 * the mail system stored into a {@link desk.mail.InboundMail} (or a rejection with its reason), and
 * {@link desk.mime.MimeMailWriter} writes a {@link desk.mail.OutgoingMail} as RFC 5322 bytes. The
 * rules (what is automatic mail, where a reply's quoted history starts) live in {@code desk.mail};
 * this package only turns MIME into those values and back, with Apache James mime4j (streaming,
 * {@code MimeStreamParser}) and jsoup (HTML to text).
 *
 * <h2>Limits, and why ({@link desk.mime.MailLimits#DEFAULT})</h2>
 * mime4j's {@code MimeConfig.DEFAULT} rejects real mail (lines over 1,000 characters) and its
 * {@code PERMISSIVE} has no header limits at all, so the reader builds its own configuration from
 * these; a message past one is {@code Rejected} with a reason naming it (the raw object stays in
 * the bucket for a person to look at):
 * <table>
 * <caption>Limits</caption>
 * <tr><th>limit</th><th>default</th><th>why</th></tr>
 * <tr><td>message size</td><td>40 MiB</td><td>SES receives at most 40 MB, so only a message that
 *     did not come through SES reaches it</td></tr>
 * <tr><td>header line</td><td>16 KiB</td><td>real mail has 1,440-character lines; RFC 5322's 998
 *     is routinely broken</td></tr>
 * <tr><td>header field (folded)</td><td>64 KiB</td><td>a long thread's folded {@code References}
 *     reaches 12 kB</td></tr>
 * <tr><td>fields per header section</td><td>1,000</td><td>Exchange Online with ARC and relays
 *     writes about 100</td></tr>
 * <tr><td>all header sections</td><td>1 MiB</td><td>bounds the fields kept in memory</td></tr>
 * <tr><td>nesting of multiparts and forwarded messages</td><td>16</td><td>real mail nests 3 to 5
 *     deep; a forward of a forward adds 2 or 3</td></tr>
 * <tr><td>MIME parts</td><td>500</td><td>bounds the work on one message</td></tr>
 * <tr><td>attachments</td><td>100</td><td>more is not a support request</td></tr>
 * <tr><td>one part decoded</td><td>25 MiB</td><td>the common clients' and providers' attachment
 *     cap</td></tr>
 * <tr><td>all parts decoded</td><td>40 MiB</td><td>as much as the raw message may be</td></tr>
 * <tr><td>body text kept</td><td>200,000 characters</td><td>a long mail is 20,000; the rest is
 *     dropped, the mail is not</td></tr>
 * <tr><td>HTML read for one part</td><td>4 MiB</td><td>HTML mail carries its styles inline; the
 *     rest is dropped</td></tr>
 * </table>
 * Memory: attachments are counted as they stream past, never kept (an attachment is a part path
 * into the stored raw message); text parts are kept up to their limit; so reading needs a few MB
 * whatever arrives. Where common clients are lenient the reader is too: a missing closing
 * boundary ends the multipart at the end of the message, characters outside base64 are skipped,
 * an unknown charset falls back to UTF-8 or windows-1252. A message without any sender address is
 * rejected: it cannot be answered or matched.
 */
package desk.mime;
