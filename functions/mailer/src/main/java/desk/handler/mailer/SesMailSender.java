package desk.handler.mailer;

import desk.mail.MailAddress;
import desk.mail.OutgoingMail;
import desk.mime.MimeMailWriter;
import desk.usecase.MailNotSentException;
import desk.usecase.MailSender;
import jakarta.inject.Singleton;
import java.util.List;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.services.sesv2.SesV2Client;
import software.amazon.awssdk.services.sesv2.model.SesV2Exception;

/**
 * Sends through SES v2 {@code SendEmail} with raw content: the bytes {@link MimeMailWriter} writes,
 * the envelope recipients given explicitly (never read from headers). Any refusal or failure
 * (throttling after the SDK's own retries, a server error, no answer, a rejected message) means
 * nothing was sent for sure: {@link MailNotSentException}, naming the SES error code.
 */
@Singleton
class SesMailSender implements MailSender {
    private final SesV2Client ses;
    private final MimeMailWriter writer = new MimeMailWriter();

    SesMailSender(SesV2Client ses) {
        this.ses = ses;
    }

    @Override
    public String send(OutgoingMail mail, List<MailAddress> recipients) {
        byte[] raw = writer.write(mail);
        try {
            return ses.sendEmail(request -> request
                    .fromEmailAddress(mail.from().address())
                    .destination(destination -> destination.toAddresses(recipients.stream().map(MailAddress::address).toList()))
                    .content(content -> content.raw(r -> r.data(SdkBytes.fromByteArray(raw))))).messageId();
        } catch (SesV2Exception e) {
            String code = e.awsErrorDetails() == null ? String.valueOf(e.statusCode()) : e.awsErrorDetails().errorCode();
            throw new MailNotSentException("SES refused mail " + mail.messageId() + " (" + e.statusCode() + " " + code + ")"
                    + (e.isThrottlingException() || e.statusCode() >= 500 ? ": retry later" : ": check the message or the account"), e);
        } catch (SdkClientException e) {
            throw new MailNotSentException("SES did not answer for mail " + mail.messageId() + ": " + e.getMessage(), e);
        }
    }
}
