package desk.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import desk.devkit.SamTemplate;

class ConcurrencyLimitTest {

    @TempDir
    Path dir;

    @Test
    void a_functions_reserved_concurrency_is_its_limit() throws IOException {
        SamTemplate template = template("", "      ReservedConcurrentExecutions: 5\n");

        assertThat(ConcurrencyLimit.of(template, "Fn", 16)).isEqualTo(5);
    }

    @Test
    void the_globals_reserved_concurrency_applies_when_the_function_has_none() throws IOException {
        SamTemplate template = template("    ReservedConcurrentExecutions: 3\n", "");

        assertThat(ConcurrencyLimit.of(template, "Fn", 16)).isEqualTo(3);
    }

    @Test
    void the_functions_own_value_wins_over_the_globals() throws IOException {
        SamTemplate template = template("    ReservedConcurrentExecutions: 3\n", "      ReservedConcurrentExecutions: 7\n");

        assertThat(ConcurrencyLimit.of(template, "Fn", 16)).isEqualTo(7);
    }

    @Test
    void without_reserved_concurrency_the_local_default_applies() throws IOException {
        assertThat(ConcurrencyLimit.of(template("", ""), "Fn", 16)).isEqualTo(16);
    }

    @Test
    void a_value_that_is_not_a_count_is_refused_with_the_value() throws IOException {
        SamTemplate template = template("", "      ReservedConcurrentExecutions: !Ref Concurrency\n");

        assertThatThrownBy(() -> ConcurrencyLimit.of(template, "Fn", 16))
                .hasMessageContaining("Fn").hasMessageContaining("ReservedConcurrentExecutions");
    }

    private SamTemplate template(String globals, String function) throws IOException {
        Path file = dir.resolve("template.yaml");
        Files.writeString(file, """
                Transform: AWS::Serverless-2016-10-31
                Globals:
                  Function:
                    Timeout: 10
                %sResources:
                  Fn:
                    Type: AWS::Serverless::Function
                    Properties:
                      Handler: x.Y
                %s""".formatted(globals, function));
        return SamTemplate.load(file);
    }
}
