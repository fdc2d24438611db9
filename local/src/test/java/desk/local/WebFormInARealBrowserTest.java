package desk.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import desk.devkit.SamTemplate;

/**
 * The web form in a real headless browser (Debian's chromium and chromedriver) against the whole
 * local system in process: the real template, handlers and seed data on loopback ports. Sign in,
 * fill, submit, see the due time; a missing field is shown beside it; a double submit and a retry
 * after a lost answer open one ticket; a partner picks its client; the keyboard alone suffices and
 * a phone-wide window never scrolls sideways. In the cloud's shape (the site {@code scripts/publish-web-form} writes, served
 * from another origin than the sign-in) the form signs in through the hosted sign-in with PKCE
 * ({@link HostedSignInServer}), opens a ticket and signs out, and refuses a return it did not start.
 * Skipped, saying why, where chromium or chromedriver is not installed; {@code .ci/run}
 * installs both. With {@code -Ddesk.screenshots=<dir>} the filled form and the result are also
 * saved there (the copies under {@code docs/} come from such a run); they always go to
 * {@code target/web-form/}.
 */
class WebFormInARealBrowserTest {

    private static final Path CHROMIUM = Path.of(System.getProperty("desk.chromium", "/usr/bin/chromium"));
    private static final Path CHROMEDRIVER = Path.of(System.getProperty("desk.chromedriver", "/usr/bin/chromedriver"));
    private static final Duration WAIT = Duration.ofSeconds(20);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @TempDir
    static Path files;

    private static final String CLIENT_ID = "4example1webform2client3id";

    private static DeskServer server;
    private static WebDriver browser;
    /** The published cloud site (pages and config.json), with the API behind the same origin as API Gateway would be behind its own. */
    private static HttpServer cloudSite;
    private static URI cloudSiteUrl;
    private static HostedSignInServer hostedSignIn;

    private static final boolean BROWSER_INSTALLED = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);

    @BeforeAll
    static void start() throws Exception {
        if (!BROWSER_INSTALLED) {
            return; // each test is then reported skipped, with the reason (signOut)
        }
        server = DeskServer.start(SamTemplate.locate(), new DatabaseOptions(freeLoopbackPort(), true, null), new LocalFiles(files),
                freeLoopbackPort(), true, 1, Clock.systemUTC(), new PrintStream(OutputStream.nullOutputStream()));
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--window-size=820,2300",
                "--lang=en-GB");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort()
                .build();
        browser = new ChromeDriver(service, options);
        startTheCloudSite();
    }

    /**
     * The site as the deploy step writes it, from stack outputs naming these loopback servers:
     * the pages and config.json, the API (forwarded to the local gateway: the local runtime has no
     * CORS, which in the cloud the HTTP API's configuration answers) and the hosted sign-in.
     */
    private static void startTheCloudSite() throws Exception {
        cloudSite = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        cloudSiteUrl = URI.create("http://" + cloudSite.getAddress().getAddress().getHostAddress() + ":" + cloudSite.getAddress().getPort());
        hostedSignIn = HostedSignInServer.start(CLIENT_ID, cloudSiteUrl + "/", server.runtime().tokens());
        Path site = files.resolve("cloud-site");
        PublishWebFormWritesTheCloudSiteTest.publish(Map.of(
                "ApiUrl", cloudSiteUrl.toString(),
                "SignInUrl", hostedSignIn.baseUrl().toString(),
                "WebFormClientId", CLIENT_ID,
                "WebFormSignInReturnUrl", cloudSiteUrl + "/",
                "WebFormBucketName", "desk-webformbucket-test",
                "WebFormDistributionId", "E2TEST"), site, files.resolve("outputs.json"));
        cloudSite.createContext("/", exchange -> {
            try (exchange) {
                serveCloudSite(exchange, site.resolve("webform"));
            }
        });
        cloudSite.start();
    }

    private static void serveCloudSite(HttpExchange exchange, Path pages) throws IOException {
        String path = exchange.getRequestURI().getRawPath();
        Path page = path.equals("/") ? pages.resolve("form.html")
                : path.startsWith("/webform/") ? pages.resolve(path.substring("/webform/".length())).normalize() : null;
        if (page != null && page.startsWith(pages) && Files.isRegularFile(page)) {
            String name = page.getFileName().toString();
            exchange.getResponseHeaders().set("Content-Type", switch (name.substring(name.lastIndexOf('.') + 1)) {
                case "html" -> "text/html; charset=utf-8";
                case "js" -> "text/javascript; charset=utf-8";
                case "css" -> "text/css; charset=utf-8";
                default -> "application/json";
            });
            byte[] body = Files.readAllBytes(page);
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            return;
        }
        HttpRequest.Builder forward = HttpRequest.newBuilder(server.baseUrl().resolve(exchange.getRequestURI().getRawPath()
                + (exchange.getRequestURI().getRawQuery() == null ? "" : "?" + exchange.getRequestURI().getRawQuery())));
        byte[] sent = exchange.getRequestBody().readAllBytes();
        forward.method(exchange.getRequestMethod(), sent.length == 0 ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(sent));
        for (String header : List.of("Authorization", "Content-Type", "Accept", "Idempotency-Key")) {
            String value = exchange.getRequestHeaders().getFirst(header);
            if (value != null) {
                forward.header(header, value);
            }
        }
        HttpResponse<byte[]> answer;
        try {
            answer = HTTP.send(forward.build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
        answer.headers().map().forEach((name, values) -> {
            if (!List.of("content-length", "transfer-encoding", "connection", "date").contains(name.toLowerCase(java.util.Locale.ROOT))) {
                exchange.getResponseHeaders().put(name, values);
            }
        });
        exchange.sendResponseHeaders(answer.statusCode(), answer.body().length == 0 ? -1 : answer.body().length);
        exchange.getResponseBody().write(answer.body());
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.quit();
        }
        if (cloudSite != null) {
            cloudSite.stop(0);
        }
        if (hostedSignIn != null) {
            hostedSignIn.close();
        }
        if (server != null) {
            server.close();
        }
    }

    @BeforeEach
    void signOut() {
        assumeTrue(BROWSER_INSTALLED, "Skipped: the browser test needs " + CHROMIUM + " and " + CHROMEDRIVER
                + " (Debian: apt-get install -y chromium chromium-driver; .ci/run installs them)");
        browser.get(server.baseUrl().resolve("/local/sign-in").toString());
        ((org.openqa.selenium.JavascriptExecutor) browser).executeScript("sessionStorage.clear()");
    }

    @Test
    void a_customer_signs_in_fills_an_incident_and_sees_when_the_first_response_is_due() throws Exception {
        browser.get(server.baseUrl().toString());
        visible(By.id("sign-in-link")).click();
        signInAs("customer:demo-enterprise");
        visible(By.id("kind-INCIDENT")).click();
        visible(By.id("severity-MAJOR")).click();
        browser.findElement(By.id("subject")).sendKeys("Price export stops halfway");
        browser.findElement(By.id("description")).sendKeys("The nightly price export to the web shop stops after 2,000 products.");
        browser.findElement(By.id("steps")).sendKeys("Run Export > Prices > Web shop for the whole catalogue");
        browser.findElement(By.id("expectedResult")).sendKeys("All 5,400 products exported");
        assertThat(browser.findElement(By.id("channel-fieldset")).isDisplayed()).as("live chat offered to Enterprise").isTrue();
        screenshot("web-form-filled.png");

        browser.findElement(By.id("submit")).click();
        WebElement due = visible(By.cssSelector("#result-due time"));
        String ticketId = browser.findElement(By.id("result-id")).getText();
        screenshot("web-form-result.png");

        JsonNode ticket = api("GET", "/tickets/" + ticketId, "demo-enterprise");
        assertThat(ticket.path("subject").asText()).isEqualTo("Price export stops halfway");
        assertThat(ticket.path("severity").asText()).isEqualTo("MAJOR");
        assertThat(ticket.path("replication").path("steps").asText()).startsWith("Run Export");
        String dueAt = ticket.path("firstResponse").path("dueAt").asText();
        assertThat(OffsetDateTime.parse(due.getAttribute("datetime"))).isEqualTo(OffsetDateTime.parse(dueAt));
        assertThat(due.getText()).endsWith("(Europe/Madrid)");
        assertThat(browser.findElements(By.cssSelector("#result-counted li"))).isNotEmpty();
        assertThat(browser.findElement(By.id("result-target")).getText()).contains("2 hours");
    }

    @Test
    void a_missing_field_is_shown_beside_the_field_it_names() {
        browser.get(server.baseUrl().toString());
        visible(By.id("sign-in-link")).click();
        signInAs("customer:demo-premium");
        visible(By.id("kind-INCIDENT")).click();
        visible(By.id("severity-MINOR")).click();
        browser.findElement(By.id("subject")).sendKeys("Labels print the street twice");
        browser.findElement(By.id("description")).sendKeys("Every shipping label repeats the street line.");
        browser.findElement(By.id("expectedResult")).sendKeys("The street printed once");

        browser.findElement(By.id("submit")).click();

        WebElement stepsError = visible(By.id("error-steps"));
        assertThat(stepsError.getText()).startsWith("Steps taken is required");
        assertThat(browser.findElement(By.id("steps")).getAttribute("aria-invalid")).isEqualTo("true");
        assertThat(browser.findElement(By.id("error-expectedResult")).isDisplayed()).isFalse();
        assertThat(browser.findElement(By.id("form-error")).getText()).contains("Steps taken is required");
        assertThat(browser.findElement(By.id("result")).isDisplayed()).isFalse();
    }

    @Test
    void a_double_submit_opens_one_ticket() throws Exception {
        String subject = "Double click " + UUID.randomUUID();
        browser.get(server.baseUrl().resolve("/local/sign-in").toString());
        signInAs("customer:demo-starter");
        visible(By.id("subject")).sendKeys(subject);
        browser.findElement(By.id("description")).sendKeys("Which setting exports net prices?");

        new Actions(browser).doubleClick(browser.findElement(By.id("submit"))).perform();
        ((org.openqa.selenium.JavascriptExecutor) browser).executeScript(
                "document.getElementById('ticket-form').requestSubmit()");
        String shown = visible(By.id("result-id")).getText();

        List<String> opened = ticketIdsWithSubject("demo-starter", subject);
        assertThat(opened).containsExactly(shown);
    }

    @Test
    void a_retry_after_a_lost_answer_sends_the_same_key_and_gets_the_same_ticket() throws Exception {
        String subject = "Lost answer " + UUID.randomUUID();
        browser.get(server.baseUrl().resolve("/local/sign-in").toString());
        signInAs("customer:demo-premium-seasonal");
        visible(By.id("subject")).sendKeys(subject);
        browser.findElement(By.id("description")).sendKeys("Which setting exports net prices?");
        // The first POST reaches the desk, but its answer never reaches the page.
        ((org.openqa.selenium.JavascriptExecutor) browser).executeScript("""
                const realFetch = window.fetch; let lose = true;
                window.fetch = async (url, init) => {
                  const response = await realFetch(url, init);
                  if (lose && String(url).endsWith('/tickets')) { lose = false; throw new TypeError('answer lost'); }
                  return response;
                };""");

        browser.findElement(By.id("submit")).click();
        assertThat(visible(By.id("form-error")).getText()).contains("Send again");
        browser.findElement(By.id("submit")).click();
        String shown = visible(By.id("result-id")).getText();

        assertThat(ticketIdsWithSubject("demo-premium-seasonal", subject)).containsExactly(shown);
    }

    @Test
    void a_solution_partner_picks_one_of_its_client_accounts_and_may_raise_its_account_matters() throws Exception {
        browser.get(server.baseUrl().resolve("/local/sign-in").toString());
        signInAs("partner:demo-solution-partner");
        org.openqa.selenium.support.ui.Select account = new org.openqa.selenium.support.ui.Select(visible(By.id("accountId")));

        assertThat(account.getOptions()).extracting(option -> option.getAttribute("value")).contains("demo-indirect");
        account.selectByValue("demo-indirect");
        assertThat(browser.findElement(By.id("kind-ACCOUNT_REQUEST")).isDisplayed()).as("its indirect client's account matters").isTrue();
        assertThat(browser.findElement(By.id("channel-fieldset")).isDisplayed()).as("no chat below Enterprise").isFalse();
        browser.findElement(By.id("subject")).sendKeys("Connector mapping for the client");
        browser.findElement(By.id("description")).sendKeys("Which field carries the wholesale price?");
        browser.findElement(By.id("submit")).click();
        String ticketId = visible(By.id("result-id")).getText();

        String token = server.runtime().tokens().issue(
                new TokenRequest("partner", null, "demo-solution-partner", "browser-test-checker", Duration.ofMinutes(5)));
        HttpResponse<String> read = HTTP.send(HttpRequest.newBuilder(server.baseUrl().resolve("/tickets/" + ticketId))
                .header("Authorization", "Bearer " + token).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(JSON.readTree(read.body()).path("accountId").asText()).isEqualTo("demo-indirect");
    }

    @Test
    void the_form_is_used_with_the_keyboard_alone_and_the_result_takes_the_focus() {
        browser.get(server.baseUrl().resolve("/local/sign-in").toString());
        visible(By.id("user-customer-demo-starter"));
        tabTo("user-customer-demo-enterprise"); // the group of radios: the checked one takes the focus
        for (int i = 0; i < 3; i++) {
            new Actions(browser).sendKeys(org.openqa.selenium.Keys.ARROW_DOWN).perform(); // ... to demo-premium-seasonal
        }
        tabTo("sign-in");
        new Actions(browser).sendKeys(org.openqa.selenium.Keys.ENTER).perform();
        visible(By.id("ticket-form"));

        tabTo("subject");
        new Actions(browser).sendKeys("Keyboard only").perform();
        tabTo("description");
        new Actions(browser).sendKeys("Opened without a mouse.").perform();
        tabTo("submit");
        new Actions(browser).sendKeys(org.openqa.selenium.Keys.ENTER).perform();

        visible(By.id("result-id"));
        assertThat(browser.switchTo().activeElement().getAttribute("id")).isEqualTo("result");
        assertThat(browser.findElement(By.id("who-label")).getText()).contains("Demo Premium Seasonal");
    }

    @Test
    void on_a_phone_wide_screen_nothing_scrolls_sideways() {
        org.openqa.selenium.Dimension before = browser.manage().window().getSize();
        try {
            browser.manage().window().setSize(new org.openqa.selenium.Dimension(360, 780));
            browser.get(server.baseUrl().resolve("/local/sign-in").toString());
            assertThat(sidewaysOverflow()).as("sign-in page").isLessThanOrEqualTo(0L);
            signInAs("partner:demo-solution-partner");
            visible(By.id("kind-INCIDENT")).click();

            assertThat(sidewaysOverflow()).as("form").isLessThanOrEqualTo(0L);
        } finally {
            browser.manage().window().setSize(before);
        }
    }

    @Test
    void a_solution_partner_may_agree_that_support_answers_its_indirect_clients_end_customer_who_may_not() throws Exception {
        browser.get(server.baseUrl().resolve("/local/sign-in").toString());
        signInAs("customer:demo-indirect");
        assertThat(browser.findElement(By.id("direct-contact-field")).isDisplayed()).as("offered to the end customer").isFalse();
        ((org.openqa.selenium.JavascriptExecutor) browser).executeScript("sessionStorage.clear()");
        browser.get(server.baseUrl().resolve("/local/sign-in").toString());
        signInAs("partner:demo-solution-partner");
        new org.openqa.selenium.support.ui.Select(visible(By.id("accountId"))).selectByValue("demo-indirect");

        visible(By.id("agreedDirectContact")).click();
        browser.findElement(By.id("subject")).sendKeys("Answer the client's buyer directly");
        browser.findElement(By.id("description")).sendKeys("The buyer asked us to have support write to them.");
        browser.findElement(By.id("submit")).click();
        String ticketId = visible(By.id("result-id")).getText();

        String token = server.runtime().tokens().issue(
                new TokenRequest("partner", null, "demo-solution-partner", "browser-test-checker", Duration.ofMinutes(5)));
        HttpResponse<String> read = HTTP.send(HttpRequest.newBuilder(server.baseUrl().resolve("/tickets/" + ticketId))
                .header("Authorization", "Bearer " + token).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(JSON.readTree(read.body()).path("respondTo").path("recipient").asText()).as(read.body()).isEqualTo("REQUESTER");
    }

    @Test
    void in_the_cloud_the_form_signs_in_through_the_hosted_sign_in_with_pkce_opens_a_ticket_and_signs_out() throws Exception {
        clearTheCloudSession();
        hostedSignIn.signsIn(new HostedSignInServer.User("customer", "demo-enterprise", null, "cognito-sub-marta", "marta@example.com"));
        String subject = "Signed in at the hosted sign-in " + UUID.randomUUID();
        browser.get(cloudSiteUrl + "/");

        visible(By.id("sign-in-link")).click();
        visible(By.id("ticket-form"));

        assertThat(browser.getCurrentUrl()).as("the code and state leave the address bar").isEqualTo(cloudSiteUrl + "/");
        assertThat(browser.findElement(By.id("who-label")).getText()).isEqualTo("marta@example.com (customer)");
        assertThat(hostedSignIn.refusals()).isEmpty();
        assertThat(hostedSignIn.tokensIssued()).contains("cognito-sub-marta");
        browser.findElement(By.id("subject")).sendKeys(subject);
        browser.findElement(By.id("description")).sendKeys("Which setting exports net prices?");
        browser.findElement(By.id("submit")).click();
        String shown = visible(By.id("result-id")).getText();
        assertThat(ticketIdsWithSubject("demo-enterprise", subject)).containsExactly(shown);

        browser.findElement(By.id("sign-out")).click();
        visible(By.id("signed-out"));
        assertThat(browser.getCurrentUrl()).isEqualTo(cloudSiteUrl + "/");
        assertThat(((org.openqa.selenium.JavascriptExecutor) browser).executeScript("return sessionStorage.getItem('desk.session')")).isNull();
    }

    @Test
    void in_the_cloud_a_return_from_a_sign_in_this_page_did_not_start_is_refused() {
        clearTheCloudSession();
        int issued = hostedSignIn.tokensIssued().size();

        browser.get(cloudSiteUrl + "/?code=stolen-code&state=forged-state");

        assertThat(visible(By.id("sign-in-error")).getText()).contains("not started from this page");
        assertThat(browser.findElement(By.id("ticket-form")).isDisplayed()).isFalse();
        assertThat(hostedSignIn.tokensIssued()).as("the code was never exchanged").hasSize(issued);
    }

    /** RFC 7636, appendix B: the verifier's S256 challenge, as the page computes it with crypto.subtle. */
    @Test
    void the_code_challenge_is_the_s256_of_the_verifier_as_rfc_7636_computes_it() {
        clearTheCloudSession();
        browser.get(cloudSiteUrl + "/");
        visible(By.id("signed-out"));

        Object challenge = ((org.openqa.selenium.JavascriptExecutor) browser).executeAsyncScript(
                "DeskHostedSignIn.challengeOf(arguments[0]).then(arguments[arguments.length - 1]);",
                "dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk");

        assertThat(challenge).isEqualTo("E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM")
                .isEqualTo(HostedSignInServer.s256("dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk"));
    }

    private static void clearTheCloudSession() {
        browser.get(cloudSiteUrl + "/webform/config.json");
        ((org.openqa.selenium.JavascriptExecutor) browser).executeScript("sessionStorage.clear()");
    }

    /** How far the page is wider than the window, in CSS pixels. */
    private static long sidewaysOverflow() {
        return (Long) ((org.openqa.selenium.JavascriptExecutor) browser).executeScript(
                "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
    }

    /** Presses Tab until the element with {@code id} has the focus; fails if it never does. */
    private static void tabTo(String id) {
        for (int i = 0; i < 40; i++) {
            if (id.equals(browser.switchTo().activeElement().getAttribute("id"))) {
                return;
            }
            new Actions(browser).sendKeys(org.openqa.selenium.Keys.TAB).perform();
        }
        throw new AssertionError("Tab never reached #" + id);
    }

    private static void signInAs(String user) {
        visible(By.id("user-" + user.replace(':', '-'))).click();
        browser.findElement(By.id("sign-in")).click();
        visible(By.id("ticket-form"));
    }

    private static WebElement visible(By locator) {
        return new WebDriverWait(browser, WAIT).until(ExpectedConditions.visibilityOfElementLocated(locator));
    }

    private static void screenshot(String name) throws IOException {
        Path shot = ((ChromeDriver) browser).getScreenshotAs(OutputType.FILE).toPath();
        Path target = Path.of("target", "web-form");
        Files.createDirectories(target);
        Files.copy(shot, target.resolve(name), StandardCopyOption.REPLACE_EXISTING);
        String keep = System.getProperty("desk.screenshots");
        if (keep != null && !keep.isBlank()) {
            Files.createDirectories(Path.of(keep));
            Files.copy(shot, Path.of(keep).resolve(name), StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static List<String> ticketIdsWithSubject(String accountId, String subject) throws Exception {
        List<String> ids = new ArrayList<>();
        String cursor = null;
        do {
            JsonNode page = api("GET", "/tickets?limit=100" + (cursor == null ? "" : "&cursor=" + java.net.URLEncoder.encode(cursor, java.nio.charset.StandardCharsets.UTF_8)), accountId);
            for (JsonNode summary : page.path("tickets")) {
                if (summary.path("subject").asText().equals(subject)) {
                    ids.add(summary.path("id").asText());
                }
            }
            cursor = page.path("nextCursor").isTextual() ? page.path("nextCursor").asText() : null;
        } while (cursor != null);
        return ids;
    }

    private static JsonNode api(String method, String path, String accountId) throws Exception {
        String token = server.runtime().tokens().issue(
                new TokenRequest("customer", accountId, null, "browser-test-checker", Duration.ofMinutes(5)));
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(server.baseUrl().resolve(path))
                .header("Authorization", "Bearer " + token).method(method, HttpRequest.BodyPublishers.noBody()).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(method + " " + path + ": " + response.body()).isEqualTo(200);
        return JSON.readTree(response.body());
    }

    private static int freeLoopbackPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 0, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
