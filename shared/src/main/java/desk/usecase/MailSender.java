package desk.usecase;

import desk.mail.MailAddress;
import desk.mail.OutgoingMail;
import java.util.List;

/** Sends one mail through the mail service (SES in the cloud, the local SES locally). */
public interface MailSender {

    /**
     * Sends {@code mail} to exactly {@code recipients} (the envelope), and answers the mail service's own id for it.
     *
     * @throws MailNotSentException the service refused or failed (throttling, an error, no answer): retry later
     */
    String send(OutgoingMail mail, List<MailAddress> recipients);
}
