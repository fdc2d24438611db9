package desk.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import desk.devkit.SamTemplate;

/**
 * {@code scripts/publish-web-form} offline ({@code --outputs-json}, {@code --site-dir}): from the
 * stack's outputs it writes the site the bucket will hold, the form's pages with a config.json
 * naming the stack's API, hosted sign-in, app client and return URL, and a page policy whose
 * connect-src names exactly that API and sign-in; outputs it cannot use are refused, naming them.
 */
class PublishWebFormWritesTheCloudSiteTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Map<String, String> OUTPUTS = outputs();

    @TempDir
    Path work;

    @Test
    void the_config_names_the_stacks_api_hosted_sign_in_client_and_return_url() throws Exception {
        Path site = work.resolve("site");

        Result result = run(OUTPUTS, site, work.resolve("outputs.json"));

        assertThat(result.exitCode()).as(result.output()).isZero();
        JsonNode config = JSON.readTree(site.resolve("webform/config.json").toFile());
        assertThat(config.path("signIn").asText()).isEqualTo("hosted");
        assertThat(config.path("api").asText()).isEqualTo("https://a1b2c3d4e5.execute-api.eu-south-2.amazonaws.com");
        assertThat(config.path("signInUrl").asText()).isEqualTo("https://desk-123456789012.auth.eu-south-2.amazoncognito.com");
        assertThat(config.path("clientId").asText()).isEqualTo("4example1webform2client3id");
        assertThat(config.path("redirectUri").asText()).isEqualTo("https://d111111abcdef8.cloudfront.net/");
        assertThat(result.output()).contains("desk-webformbucket-1x2y3z", "E2QWRUHEXAMPLE", "nothing uploaded");
    }

    @Test
    void the_site_holds_the_form_and_what_it_loads_and_not_the_local_sign_in() throws Exception {
        Path site = work.resolve("site");

        run(OUTPUTS, site, work.resolve("outputs.json"));

        try (Stream<Path> files = Files.list(site.resolve("webform"))) {
            assertThat(files.map(file -> file.getFileName().toString()))
                    .containsExactlyInAnyOrder("form.html", "form.js", "hosted-sign-in.js", "desk.css", "config.json");
        }
        String form = Files.readString(site.resolve("webform/form.html"));
        assertThat(form).contains("src=\"/webform/hosted-sign-in.js\"", "src=\"/webform/form.js\"");
    }

    @Test
    void the_page_narrows_connect_src_to_exactly_the_stacks_api_and_sign_in() throws Exception {
        Path site = work.resolve("site");

        run(OUTPUTS, site, work.resolve("outputs.json"));

        String form = Files.readString(site.resolve("webform/form.html"));
        assertThat(form).contains("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'self'; script-src 'self'; "
                + "style-src 'self'; img-src 'self' data:; connect-src 'self' https://a1b2c3d4e5.execute-api.eu-south-2.amazonaws.com "
                + "https://desk-123456789012.auth.eu-south-2.amazoncognito.com; base-uri 'none'; form-action 'self'\">")
                .doesNotContain("deploy: content-security-policy");
    }

    @Test
    void outputs_lacking_one_the_form_needs_are_refused_naming_it_and_nothing_is_written() throws Exception {
        Map<String, String> outputs = new LinkedHashMap<>(OUTPUTS);
        outputs.remove("WebFormClientId");
        Path site = work.resolve("site");

        Result result = run(outputs, site, work.resolve("outputs.json"));

        assertThat(result.exitCode()).isNotZero();
        assertThat(result.output()).contains("the stack has no output WebFormClientId");
        assertThat(site.resolve("webform")).doesNotExist();
    }

    @Test
    void an_api_url_that_is_not_https_is_refused() throws Exception {
        Map<String, String> outputs = new LinkedHashMap<>(OUTPUTS);
        outputs.put("ApiUrl", "http://a1b2c3d4e5.execute-api.eu-south-2.amazonaws.com");

        Result result = run(outputs, work.resolve("site"), work.resolve("outputs.json"));

        assertThat(result.exitCode()).isNotZero();
        assertThat(result.output()).contains("output ApiUrl is not an https URL");
    }

    record Result(int exitCode, String output) {}

    /** Writes the site for these outputs into {@code site}; fails unless the script succeeds. */
    static void publish(Map<String, String> outputs, Path site, Path outputsFile) throws Exception {
        Result result = run(outputs, site, outputsFile);
        assertThat(result.exitCode()).as(result.output()).isZero();
    }

    /** Runs the script on the outputs as describe-stacks answers them. */
    static Result run(Map<String, String> outputs, Path site, Path outputsFile) throws Exception {
        List<Map<String, String>> listed = new ArrayList<>();
        outputs.forEach((key, value) -> listed.add(Map.of("OutputKey", key, "OutputValue", value)));
        Files.writeString(outputsFile, JSON.writeValueAsString(Map.of("Stacks", List.of(Map.of("StackName", "desk", "Outputs", listed)))));
        Path root = SamTemplate.locate().directory();
        Process process = new ProcessBuilder("bash", root.resolve("scripts/publish-web-form").toString(),
                "--outputs-json", outputsFile.toString(), "--site-dir", site.toString())
                .directory(root.toFile()).redirectErrorStream(true).start();
        process.getOutputStream().close();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IOException("publish-web-form did not finish: " + output);
        }
        return new Result(process.exitValue(), output);
    }

    private static Map<String, String> outputs() {
        Map<String, String> outputs = new LinkedHashMap<>();
        outputs.put("ApiUrl", "https://a1b2c3d4e5.execute-api.eu-south-2.amazonaws.com");
        outputs.put("SignInUrl", "https://desk-123456789012.auth.eu-south-2.amazoncognito.com");
        outputs.put("WebFormClientId", "4example1webform2client3id");
        outputs.put("WebFormSignInReturnUrl", "https://d111111abcdef8.cloudfront.net/");
        outputs.put("WebFormBucketName", "desk-webformbucket-1x2y3z");
        outputs.put("WebFormDistributionId", "E2QWRUHEXAMPLE");
        outputs.put("WebFormUrl", "https://d111111abcdef8.cloudfront.net/");
        return outputs;
    }
}
