package desk.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.ServerSocket;
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

import desk.devkit.SamTemplate;

/**
 * The web form in a real headless browser (Debian's chromium and chromedriver) against the whole
 * local system in process: the real template, handlers and seed data on loopback ports. Sign in,
 * fill, submit, see the due time; a missing field is shown beside it; a double submit and a retry
 * after a lost answer open one ticket; a partner picks its client; the keyboard alone suffices and
 * a phone-wide window never scrolls sideways. Skipped, saying why, where chromium or chromedriver is not installed; {@code .ci/run}
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

    private static DeskServer server;
    private static WebDriver browser;

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
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.quit();
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
