package desk.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;

/** desk.mail.token-keys: comma-separated base64 keys of at least 32 bytes, the signing key first; every bad one is named. */
class TicketTokenKeysAreCheckedAtStartTest {
    private static final String GOOD = Base64.getEncoder().encodeToString("k".repeat(32).getBytes(StandardCharsets.US_ASCII));
    private static final String OLDER = Base64.getEncoder().encodeToString("o".repeat(48).getBytes(StandardCharsets.US_ASCII));

    @Test
    void keys_are_read_in_order_signing_key_first() {
        assertThat(MailFactory.tokenKeys(GOOD + ", " + OLDER)).extracting(key -> key.length).containsExactly(32, 48);
    }

    @Test
    void a_short_key_and_a_key_that_is_not_base64_are_each_named() {
        String shortKey = Base64.getEncoder().encodeToString(new byte[16]);

        assertThatThrownBy(() -> MailFactory.tokenKeys(GOOD + "," + shortKey + ",{{resolve:secretsmanager:x}}"))
                .hasMessageContaining("desk.mail.token-keys")
                .hasMessageContaining("key 2 has 16 bytes; at least 32 are needed")
                .hasMessageContaining("key 3 is not base64");
    }

    @Test
    void an_empty_setting_is_refused() {
        assertThatThrownBy(() -> MailFactory.tokenKeys(" , ")).hasMessageContaining("no key is set");
    }

    /** The template's generated secret: 64 letters and digits, valid base64 of 48 bytes. */
    @Test
    void sixty_four_letters_and_digits_are_a_key() {
        assertThat(MailFactory.tokenKeys("aB3dE5fG7hJ9kL1mN2pQ4rS6tU8vW0xYzA1bC2dE3fG4hJ5kL6mN7pQ8rS9tU0vW")).singleElement()
                .satisfies(key -> assertThat(key).hasSize(48));
    }
}
