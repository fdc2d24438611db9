package desk.devkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The template model of the mail path: buckets and their local names, S3 events with their key
 * filters, EventBridge rules with their retry policy and dead-letter queue, each function's
 * asynchronous invocation settings (Lambda's defaults where the template says nothing), and SES
 * receipt rules matching recipients as SES does.
 */
class MailEventSourcesAreReadFromTheTemplateTest {

    private final SamTemplate template = fixture();

    static SamTemplate fixture() {
        try {
            return SamTemplate.load(Path.of(MailEventSourcesAreReadFromTheTemplateTest.class.getResource("/mail-fixture-template.yaml").toURI()));
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void a_bucket_is_named_by_its_bucket_name_with_parameters_substituted_else_by_its_logical_id_in_lower_case() {
        assertThat(template.buckets()).containsExactly(new BucketDefinition("RawMailBucket", "rawmailbucket"),
                new BucketDefinition("NamedBucket", "attachments-" + LocalAws.ACCOUNT_ID + "-desk.example"));
        assertThat(template.function("IntakeFunction").environment()).containsEntry("RAW_MAIL_BUCKET", "rawmailbucket");
    }

    @Test
    void an_s3_event_names_its_bucket_events_and_key_filter() {
        assertThat(template.s3EventSources()).containsExactly(new S3EventSource("IntakeFunction", "RawMail", "RawMailBucket",
                List.of("s3:ObjectCreated:*"), Optional.of("inbound/"), Optional.of(".eml")));
    }

    @Test
    void an_s3_event_matches_by_event_name_wildcard_prefix_and_suffix() {
        S3EventSource source = template.s3EventSources().getFirst();

        assertThat(source.matches("s3:ObjectCreated:Put", "inbound/a b.eml")).isTrue();
        assertThat(source.matches("s3:ObjectCreated:CompleteMultipartUpload", "inbound/x.eml")).isTrue();
        assertThat(source.matches("s3:ObjectRemoved:Delete", "inbound/x.eml")).isFalse();
        assertThat(source.matches("s3:ObjectCreated:Put", "outbound/x.eml")).isFalse();
        assertThat(source.matches("s3:ObjectCreated:Put", "inbound/x.txt")).isFalse();
    }

    @Test
    void an_eventbridge_rule_names_its_bus_pattern_retry_policy_and_dead_letter_queue() {
        EventBridgeRuleSource replies = template.eventBridgeRules().getFirst();

        assertThat(replies.id()).isEqualTo("MailerFunction.Replies");
        assertThat(replies.busName()).isEqualTo("desk-events");
        assertThat(replies.patternJson()).isEqualTo(
                "{\"source\":[\"desk.tickets\"],\"detail-type\":[\"Message Added\"],\"detail\":{\"visibility\":[{\"anything-but\":\"INTERNAL\"}]}}");
        assertThat(replies.maximumRetryAttempts()).isEqualTo(4);
        assertThat(replies.maximumEventAgeSeconds()).isEqualTo(600);
        assertThat(replies.deadLetterQueue()).contains("MailerDeadLetters");
        assertThat(replies.enabled()).isTrue();
    }

    @Test
    void a_rule_without_bus_retry_policy_or_dead_letter_queue_takes_eventbridges_defaults() {
        EventBridgeRuleSource defaults = template.eventBridgeRules().get(1);

        assertThat(defaults.busName()).isEqualTo("default");
        assertThat(defaults.patternJson()).isEqualTo("{\"source\":[\"desk.banks\"]}");
        assertThat(defaults.maximumRetryAttempts()).isEqualTo(185);
        assertThat(defaults.maximumEventAgeSeconds()).isEqualTo(86_400);
        assertThat(defaults.deadLetterQueue()).isEmpty();
    }

    @Test
    void a_functions_event_invoke_config_is_its_own_else_globals_else_lambdas_defaults() {
        assertThat(template.asyncInvokeConfig("IntakeFunction")).isEqualTo(new AsyncInvokeConfig(2, 3600, Optional.of("IntakeFailures")));
        assertThat(template.asyncInvokeConfig("MailerFunction")).isEqualTo(new AsyncInvokeConfig(1, 21_600, Optional.empty()));
    }

    @Test
    void a_receipt_rule_stores_mail_for_an_address_a_domain_and_subdomains_as_ses_matches_them() {
        ReceiptRule rule = template.receiptRules().getFirst();

        assertThat(rule.bucketLogicalId()).isEqualTo("RawMailBucket");
        assertThat(rule.objectKeyPrefix()).isEqualTo("inbound/");
        assertThat(rule.scanEnabled()).isTrue();
        assertThat(rule.matches("Support@Desk.Example")).isTrue();
        assertThat(rule.matches("sales@desk.example")).isFalse();
        assertThat(rule.matches("anyone@eu.help.example")).isTrue();
        assertThat(rule.matches("anyone@help.example")).isFalse();
    }

    @Test
    void an_s3_event_on_a_bucket_of_another_stack_is_refused_when_read(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("template.yaml");
        Files.writeString(file, """
                Resources:
                  F:
                    Type: AWS::Serverless::Function
                    Properties:
                      Handler: x.Y
                      Events:
                        Upload:
                          Type: S3
                          Properties:
                            Bucket: elsewhere
                            Events: s3:ObjectCreated:*
                """);

        assertThatThrownBy(() -> SamTemplate.load(file).s3EventSources())
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("Function F, event Upload: Bucket must be !Ref <Bucket>");
    }
}
