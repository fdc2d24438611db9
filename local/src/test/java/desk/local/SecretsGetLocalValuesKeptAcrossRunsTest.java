package desk.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import desk.devkit.SamTemplate;

/**
 * A template's secrets, which a deployment is given or makes, get local values made once and kept
 * under {@code .local/secrets/}: a {@code NoEcho} parameter without a default, and a Secrets
 * Manager secret generated as its {@code GenerateSecretString} asks, which the functions'
 * {@code {{resolve:secretsmanager:...}}} references resolve to.
 */
class SecretsGetLocalValuesKeptAcrossRunsTest {

    @TempDir
    Path dir;

    @Test
    void a_secret_parameter_and_a_generated_secret_resolve_in_the_functions_environment_and_stay_the_same() throws Exception {
        Files.writeString(dir.resolve("template.yaml"), """
                Parameters:
                  SigningKeys:
                    Type: String
                    NoEcho: true
                    Default: ""
                  Domain:
                    Type: String
                    Default: desk.example
                Resources:
                  TokenKeys:
                    Type: AWS::SecretsManager::Secret
                    Properties:
                      Name: desk-token-keys
                      GenerateSecretString:
                        PasswordLength: 64
                        ExcludePunctuation: true
                  F:
                    Type: AWS::Serverless::Function
                    Properties:
                      Handler: x.Y
                      Environment:
                        Variables:
                          SIGNING_KEYS: !Ref SigningKeys
                          TOKEN_KEYS: "{{resolve:secretsmanager:desk-token-keys}}"
                          DOMAIN: !Ref Domain
                """);

        SamTemplate first = LocalSecrets.applied(SamTemplate.load(dir.resolve("template.yaml")));
        SamTemplate second = LocalSecrets.applied(SamTemplate.load(dir.resolve("template.yaml")));

        var environment = first.function("F").environment();
        assertThat(environment.get("TOKEN_KEYS")).matches("[A-Za-z0-9]{64}");
        assertThat(environment.get("SIGNING_KEYS")).matches("[A-Za-z0-9+/]{43}=");
        assertThat(environment.get("DOMAIN")).isEqualTo("desk.example");
        assertThat(second.function("F").environment()).isEqualTo(environment);
        assertThat(dir.resolve(".local/secrets/desk-token-keys")).exists();
    }
}
