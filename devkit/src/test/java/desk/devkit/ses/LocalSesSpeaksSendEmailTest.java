package desk.devkit.ses;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import desk.devkit.LocalAws;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.core.retry.RetryMode;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.services.sesv2.SesV2Client;
import software.amazon.awssdk.services.sesv2.model.BadRequestException;
import software.amazon.awssdk.services.sesv2.model.SendEmailResponse;
import software.amazon.awssdk.services.sesv2.model.TooManyRequestsException;

/** The local SES driven by the real SES v2 client, as the mailer drives it: raw MIME in, a message id out, refusals as SES gives them. */
class LocalSesSpeaksSendEmailTest {
    private static final String RAW = """
            From: Support <support@desk.example>\r
            To: "Ana" <ana@customer.example>\r
            Cc: lead@customer.example\r
            Subject: Re: Net prices\r
            Message-ID: <m1@desk.example>\r
            \r
            Set Export > Prices to NET.\r
            """;

    private final List<SentMail> sent = new CopyOnWriteArrayList<>();
    private LocalSes ses;
    private SesV2Client client;

    @BeforeEach
    void start() {
        ses = LocalSes.start(sent::add);
        client = SesV2Client.builder()
                .httpClient(UrlConnectionHttpClient.create())
                .endpointOverride(ses.endpoint())
                .region(LocalAws.REGION)
                .credentialsProvider(LocalAws.CREDENTIALS)
                .overrideConfiguration(o -> o.retryStrategy(RetryMode.STANDARD))
                .build();
    }

    @AfterEach
    void stop() {
        client.close();
        ses.close();
    }

    @Test
    void a_raw_message_with_a_destination_goes_to_the_listener_byte_for_byte() {
        SendEmailResponse response = client.sendEmail(r -> r.fromEmailAddress("support@desk.example")
                .destination(d -> d.toAddresses("ana@customer.example"))
                .content(c -> c.raw(raw -> raw.data(SdkBytes.fromString(RAW, StandardCharsets.UTF_8)))));

        assertThat(sent).singleElement().satisfies(mail -> {
            assertThat(mail.sesMessageId()).isEqualTo(response.messageId());
            assertThat(mail.from()).isEqualTo("support@desk.example");
            assertThat(mail.recipients()).containsExactly("ana@customer.example");
            assertThat(mail.text()).isEqualTo(RAW);
        });
    }

    @Test
    void without_a_destination_the_recipients_and_sender_are_read_from_the_headers_as_ses_does() {
        client.sendEmail(r -> r.content(c -> c.raw(raw -> raw.data(SdkBytes.fromString(RAW, StandardCharsets.UTF_8)))));

        assertThat(sent).singleElement().satisfies(mail -> {
            assertThat(mail.from()).isEqualTo("support@desk.example");
            assertThat(mail.recipients()).containsExactly("ana@customer.example", "lead@customer.example");
        });
    }

    @Test
    void a_message_without_any_recipient_is_refused_as_a_bad_request() {
        String noRecipient = "From: support@desk.example\r\nSubject: x\r\n\r\nbody\r\n";

        assertThatThrownBy(() -> client.sendEmail(r -> r.content(c -> c.raw(raw -> raw.data(SdkBytes.fromUtf8String(noRecipient))))))
                .isInstanceOf(BadRequestException.class).hasMessageContaining("no recipient");
        assertThat(sent).isEmpty();
    }

    @Test
    void simple_content_is_refused_the_desk_sends_raw_mime_only() {
        assertThatThrownBy(() -> client.sendEmail(r -> r.fromEmailAddress("support@desk.example")
                .destination(d -> d.toAddresses("ana@customer.example"))
                .content(c -> c.simple(m -> m.subject(s -> s.data("x")).body(b -> b.text(t -> t.data("y")))))))
                .isInstanceOf(BadRequestException.class).hasMessageContaining("Raw");
        assertThat(sent).isEmpty();
    }

    @Test
    void a_body_that_is_not_json_is_a_400_bad_request_exception() throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create(ses.endpoint() + "/v2/email/outbound-emails"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString("{not json")).build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.headers().firstValue("x-amzn-ErrorType")).hasValue("BadRequestException");
        assertThat(response.body()).contains("\"message\"");
    }

    @Test
    void throttling_reaches_the_client_as_too_many_requests_after_its_own_retries_and_nothing_is_sent() {
        ses.refuse(10, SesError.throttled());

        assertThatThrownBy(() -> client.sendEmail(r -> r.fromEmailAddress("support@desk.example")
                .destination(d -> d.toAddresses("ana@customer.example"))
                .content(c -> c.raw(raw -> raw.data(SdkBytes.fromUtf8String(RAW))))))
                .isInstanceOf(TooManyRequestsException.class);
        assertThat(sent).isEmpty();
        assertThat(ses.sendEmailCalls()).as("the SDK's standard mode tries three times").isEqualTo(3);
    }
}
