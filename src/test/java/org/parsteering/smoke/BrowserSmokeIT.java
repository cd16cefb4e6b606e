package org.parsteering.smoke;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Browser smoke test against a running portal (normally the production jar with the demo data): sign-in,
 * the app shell, sign-out, the "no access" page for a role that may not open the account admin, and one task
 * through its life: created by the committee, progress (with a PDF) and completion reported by the head of its
 * lead unit, accepted by the committee. That last test adds a task {@code SMOKE-<epoch seconds>} to the database.
 *
 * <p>Not part of the normal build (Surefire excludes {@code *BrowserSmokeIT}); run it explicitly:
 * {@code ./mvnw test -Dtest=BrowserSmokeIT -Dsurefire.failIfNoSpecifiedTests=false -Dsmoke.baseUrl=http://localhost:18080}.
 * Skipped when {@code smoke.baseUrl} is not set. Uses the system chromium and chromedriver (paths from
 * {@code webdriver.chrome.driver} and {@code smoke.chromeBinary}); Selenium Manager is never asked to
 * download anything because both paths are given explicitly. Screenshots go to {@code target/smoke}.
 *
 * <p>Vaadin components render in shadow DOM, but the text inputs of {@code vaadin-login-form} are slotted
 * light-DOM {@code <input name="username|password">} elements, so plain CSS selectors reach them; the same holds
 * for the inputs of the other fields and for the overlays of select and combo box. The demo accounts read the
 * interface in Vietnamese, so the test types dates as dd/MM/yyyy and checks the Vietnamese status names.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class BrowserSmokeIT {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);
    private static final String PASSWORD = "Demo@2024";

    private static final By LOGIN_FORM = By.cssSelector("vaadin-login-form");
    private static final By USERNAME = By.cssSelector("vaadin-login-form input[name='username']");
    private static final By PASSWORD_INPUT = By.cssSelector("vaadin-login-form input[name='password']");
    private static final By SUBMIT = By.cssSelector("vaadin-login-form vaadin-button[slot='submit']");
    private static final By APP_LAYOUT = By.cssSelector("vaadin-app-layout");
    private static final By NAV_ITEM = By.cssSelector("vaadin-side-nav vaadin-side-nav-item");
    private static final By NAV_ADMIN_USERS = By.cssSelector("vaadin-side-nav-item[path='admin/users']");
    private static final By LOGOUT = By.cssSelector("vaadin-button.shell-logout");
    private static final By NO_ACCESS = By.id("no-access");
    private static final By VIEW_TITLE = By.cssSelector("h1.view-title");
    private static final By STATUS_BADGE = By.cssSelector(".task-badges .status-badge");
    private static final String REPORTED_COMPLETE = "Đã báo cáo hoàn thành";
    private static final String NOT_STARTED = "Chưa thực hiện";
    private static final String IN_PROGRESS = "Đang thực hiện";
    private static final String DONE = "Hoàn thành";
    private static final String PROGRESS_NOTE = "Đã triển khai 60% khối lượng, đính kèm biên bản kiểm tra.";
    /**
     * Sets {@code row} to the cell contents of the my-unit grid row that links to task arguments[0], or null. The
     * grid renders only the rows near its viewport: while the row is not rendered, the grid is scrolled on by half a
     * page (back to the top after the end), so that polling this script finds the row wherever it is.
     */
    private static final String MY_UNIT_ROW_JS = "const grid = document.getElementById('my-unit-grid');"
            + " const a = grid && [...grid.querySelectorAll('vaadin-grid-cell-content a')]"
            + ".find(x => x.getAttribute('href') === 'tasks/' + arguments[0]);"
            + " const slot = a && a.closest('vaadin-grid-cell-content').assignedSlot;"
            + " const tr = slot && slot.closest('tr');"
            + " const row = tr && [...tr.querySelectorAll('slot')].flatMap(s => s.assignedElements());"
            + " const table = grid && grid.shadowRoot && grid.shadowRoot.getElementById('table');"
            + " if (!row && table) { table.scrollTop = table.scrollTop + table.clientHeight >= table.scrollHeight"
            + " ? 0 : table.scrollTop + table.clientHeight / 2; }";

    private String baseUrl;
    private Path screenshotDir;
    private WebDriver driver;
    private WebDriverWait wait;

    @BeforeAll
    void startBrowser() throws IOException {
        String configured = System.getProperty("smoke.baseUrl");
        Assumptions.assumeTrue(
                configured != null && !configured.isBlank(),
                "smoke.baseUrl is not set: no running portal to test against");
        baseUrl = configured.replaceAll("/+$", "");
        screenshotDir = Path.of(System.getProperty("smoke.screenshotDir", "target/smoke"));
        Files.createDirectories(screenshotDir);

        File chromedriver = new File(System.getProperty("webdriver.chrome.driver", "/usr/bin/chromedriver"));
        String chromeBinary = System.getProperty("smoke.chromeBinary", "/usr/bin/chromium");
        assertThat(chromedriver).as("chromedriver").canRead();
        assertThat(new File(chromeBinary)).as("chromium binary").canRead();

        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(chromedriver)
                .usingAnyFreePort()
                .build();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(chromeBinary);
        options.addArguments(
                "--headless=new",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--window-size=1280,900");
        driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
        wait = new WebDriverWait(driver, TIMEOUT, Duration.ofMillis(200));
        // Vaadin replaces elements on re-render: a reference that went stale is looked up again on the next poll.
        wait.ignoring(StaleElementReferenceException.class);
        driver.manage().timeouts().scriptTimeout(TIMEOUT);
    }

    @AfterAll
    void stopBrowser() {
        if (driver != null) {
            driver.quit();
        }
    }

    @BeforeEach
    void freshSession() {
        // Each test starts signed out: forget the previous test's session cookie.
        driver.get(baseUrl + "/login");
        driver.manage().deleteAllCookies();
    }

    @Test
    @Order(1)
    void secretarySignsInSeesTheShellAndSignsOut(TestInfo info) throws Exception {
        onFailureScreenshot(info, () -> {
            signIn("secretary");

            assertThat(wait.until(ExpectedConditions.visibilityOfElementLocated(APP_LAYOUT))
                            .isDisplayed())
                    .isTrue();
            WebElement adminUsers = wait.until(ExpectedConditions.visibilityOfElementLocated(NAV_ADMIN_USERS));
            assertThat(adminUsers.isDisplayed()).isTrue();
            assertThat(driver.findElements(By.cssSelector("vaadin-side-nav-item[path='admin/units']")))
                    .as("secretary's side nav has the units admin entry")
                    .isNotEmpty();
            settle();
            screenshot("01-secretary-shell.png");

            wait.until(ExpectedConditions.elementToBeClickable(LOGOUT)).click();
            wait.until(d -> "/login".equals(path(d.getCurrentUrl())));
            wait.until(ExpectedConditions.visibilityOfElementLocated(USERNAME));
            assertThat(driver.findElements(APP_LAYOUT))
                    .as("no app shell after sign-out")
                    .isEmpty();

            // Signed out for real: a protected route sends the browser back to the login page.
            driver.get(baseUrl + "/admin/users");
            wait.until(ExpectedConditions.visibilityOfElementLocated(USERNAME));
            assertThat(path(driver.getCurrentUrl())).isEqualTo("/login");
        });
    }

    @Test
    @Order(2)
    void unitHeadGetsNoAccessOnTheAccountAdmin(TestInfo info) throws Exception {
        onFailureScreenshot(info, () -> {
            signIn("head.baison");

            driver.get(baseUrl + "/admin/users");
            WebElement noAccess = wait.until(ExpectedConditions.visibilityOfElementLocated(NO_ACCESS));
            assertThat(noAccess.isDisplayed()).isTrue();
            assertThat(path(driver.getCurrentUrl())).isEqualTo("/admin/users");
            // The shell is still there, with the unit head's own (shorter) navigation.
            wait.until(ExpectedConditions.visibilityOfElementLocated(APP_LAYOUT));
            wait.until(ExpectedConditions.visibilityOfElementLocated(NAV_ITEM));
            List<WebElement> adminUsers = driver.findElements(NAV_ADMIN_USERS);
            assertThat(adminUsers).as("side-nav entry for admin/users").isEmpty();
            assertThat(driver.findElements(By.cssSelector("vaadin-side-nav-item[path='admin/units']")))
                    .as("side-nav entry for admin/units")
                    .isEmpty();
            settle();
            screenshot("02-unit-head-no-access.png");
        });
    }

    @Test
    @Order(3)
    void committeeCreatesTaskUnitHeadReportsProgressAndCommitteeAccepts(TestInfo info) throws Exception {
        onFailureScreenshot(info, () -> {
            String code = "SMOKE-" + Instant.now().getEpochSecond();
            String title = "Kiểm thử khói " + code;
            LocalDate deadline = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")).plusDays(10);
            String pdf = "%PDF-1.4\n% smoke test evidence\n%%EOF\n";
            Path evidence = Files.createTempFile("smoke-evidence-", ".pdf");
            Files.writeString(evidence, pdf, StandardCharsets.US_ASCII);
            String evidenceName = evidence.getFileName().toString();
            try {
                // 1. The committee creates the task, led by XA-BAISON, and lands on its page.
                signIn("committee");
                driver.get(baseUrl + "/tasks");
                click(By.id("task-create"));
                typeInto(By.cssSelector("#task-code input"), code);
                typeInto(By.cssSelector("#task-title input"), title);
                chooseSelectItem("task-field", "(7)");
                // The interface is Vietnamese: the date picker takes dd/MM/yyyy.
                typeInto(
                        By.cssSelector("#task-deadline input"),
                        deadline.format(DateTimeFormatter.ofPattern("dd/MM/yyyy")),
                        Keys.ENTER);
                chooseComboItem("task-lead", "XA-BAISON");
                settle();
                screenshot("03-committee-task-form.png");
                click(By.id("task-save"));
                wait.until(d -> ("/tasks/" + code).equals(path(d.getCurrentUrl())));
                wait.until(ExpectedConditions.textToBePresentInElementLocated(VIEW_TITLE, code));
                assertThat(driver.findElement(VIEW_TITLE).getText()).contains(title);
                assertThat(statusBadge()).isEqualTo(NOT_STARTED);
                settle();
                screenshot("04-committee-task-created.png");
                signOut();

                // 2. The head of the lead unit reports 60 % with a note and a PDF, then reports completion.
                signIn("head.baison");
                driver.get(baseUrl + "/my-unit");
                wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("my-unit-grid")));
                clickInGrid(() -> myUnitRowButton(code, "report-progress"));
                WebElement percent =
                        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("#progress-percent input")));
                percent.sendKeys(Keys.chord(Keys.CONTROL, "a"), "60", Keys.TAB);
                typeInto(By.cssSelector("#progress-note textarea"), PROGRESS_NOTE);
                uploadEvidence(evidence);
                settle();
                screenshot("05-unit-head-progress-dialog.png");
                click(By.id("progress-save"));
                wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("progress-save")));
                wait.until(d -> myUnitRowText(code).contains("60 %"));
                assertThat(myUnitRowText(code)).contains(IN_PROGRESS);
                settle();
                screenshot("06-unit-head-progress-sent.png");

                clickInGrid(() -> myUnitRowButton(code, "report-complete"));
                wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("complete-save")));
                settle();
                screenshot("07-unit-head-complete-dialog.png");
                click(By.id("complete-save"));
                wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("complete-save")));
                wait.until(d -> myUnitRowText(code).contains(REPORTED_COMPLETE));
                settle();
                screenshot("08-unit-head-reported-complete.png");
                driver.get(baseUrl + "/tasks/" + code);
                wait.until(d -> REPORTED_COMPLETE.equals(statusBadge()));
                settle();
                screenshot("09-unit-head-task-page.png");
                signOut();

                // 3. The committee accepts the report; the task is done and the evidence file is listed.
                signIn("committee");
                driver.get(baseUrl + "/tasks/" + code);
                wait.until(d -> REPORTED_COMPLETE.equals(statusBadge()));
                settle();
                screenshot("10-committee-review.png");
                clickInGrid(() ->
                        driver.findElements(By.cssSelector("#assignments-grid vaadin-button.review-accept")).stream()
                                .findFirst()
                                .orElse(null));
                wait.until(d -> DONE.equals(statusBadge()));
                wait.until(ExpectedConditions.invisibilityOfElementLocated(
                        By.cssSelector("#assignments-grid vaadin-button.review-accept")));
                WebElement link = wait.until(d -> d.findElements(By.cssSelector("a.evidence-link")).stream()
                        .filter(a -> evidenceName.equals(
                                String.valueOf(a.getDomProperty("textContent")).strip()))
                        .findFirst()
                        .orElse(null));
                assertThat(driver.findElement(By.id("history-grid")).getDomProperty("textContent"))
                        .contains(PROGRESS_NOTE);
                // The link really serves the uploaded file to the signed-in committee member.
                Object served = ((JavascriptExecutor) driver)
                        .executeAsyncScript(
                                "const done = arguments[arguments.length - 1];"
                                        + " fetch(arguments[0], {credentials: 'same-origin'})"
                                        + ".then(r => r.text().then(t => done(r.status + ' ' + t)))"
                                        + ".catch(e => done('error ' + e));",
                                link.getDomProperty("href"));
                assertThat(served).as("download of %s", evidenceName).isEqualTo("200 " + pdf);
                settle();
                screenshot("11-committee-accepted.png");
                signOut();
            } finally {
                Files.deleteIfExists(evidence);
            }
        });
    }

    private void signIn(String username) {
        driver.get(baseUrl + "/login");
        wait.until(ExpectedConditions.visibilityOfElementLocated(LOGIN_FORM));
        WebElement user = wait.until(ExpectedConditions.elementToBeClickable(USERNAME));
        user.clear();
        user.sendKeys(username);
        WebElement password = wait.until(ExpectedConditions.elementToBeClickable(PASSWORD_INPUT));
        password.clear();
        password.sendKeys(PASSWORD);
        wait.until(ExpectedConditions.elementToBeClickable(SUBMIT)).click();
        wait.until(d ->
                !"/login".equals(path(d.getCurrentUrl())) || d.getCurrentUrl().contains("error"));
        assertThat(driver.getCurrentUrl()).as("sign-in of %s", username).doesNotContain("error");
        wait.until(ExpectedConditions.visibilityOfElementLocated(APP_LAYOUT));
    }

    /**
     * Signs out with the shell's button. A success toast (bottom start, 4 s) covers that button, so wait until no
     * toast is left, as a user would.
     */
    private void signOut() {
        wait.until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d)
                .executeScript("return [...document.querySelectorAll('vaadin-notification-card')]"
                        + ".every(c => c.getClientRects().length === 0);")));
        click(LOGOUT);
        wait.until(d -> "/login".equals(path(d.getCurrentUrl())));
        wait.until(ExpectedConditions.visibilityOfElementLocated(USERNAME));
    }

    private void click(By locator) {
        wait.until(ExpectedConditions.elementToBeClickable(locator)).click();
    }

    /**
     * Clicks a button inside a grid, found afresh on each attempt (a grid re-renders its rows after a round trip).
     * The action columns are the last ones and lie beyond the grid's horizontal scroll at this window width, so
     * the button is scrolled into the middle of the grid's scroller first.
     */
    private void clickInGrid(Supplier<WebElement> button) {
        wait.until(d -> {
            WebElement b = button.get();
            if (b == null) {
                return false;
            }
            ((JavascriptExecutor) d)
                    .executeScript("arguments[0].scrollIntoView({block: 'center', inline: 'center'});", b);
            if (!b.isDisplayed() || !b.isEnabled()) {
                return false;
            }
            b.click();
            return true;
        });
    }

    /** The text of the task page's status badge, or null while there is none. */
    private String statusBadge() {
        return driver.findElements(STATUS_BADGE).stream()
                .findFirst()
                .map(b -> String.valueOf(b.getDomProperty("textContent")).strip())
                .orElse(null);
    }

    private void typeInto(By input, CharSequence... keys) {
        wait.until(ExpectedConditions.elementToBeClickable(input)).sendKeys(keys);
    }

    /**
     * Opens the {@code vaadin-select} with the given id and picks the item whose label starts with {@code
     * labelStart}. The overlay's list box is slotted light DOM of the select; the chosen value is shown as a copy of
     * the item in the select's value button.
     */
    private void chooseSelectItem(String id, String labelStart) {
        click(By.id(id));
        By items = By.cssSelector("#" + id + " vaadin-select-list-box vaadin-select-item");
        WebElement item = wait.until(d -> d.findElements(items).stream()
                .filter(i -> i.isDisplayed() && i.getText().strip().startsWith(labelStart))
                .findFirst()
                .orElse(null));
        item.click();
        wait.until(d -> d.findElements(items).stream().noneMatch(WebElement::isDisplayed));
        wait.until(d -> d.findElement(By.cssSelector("#" + id + " vaadin-select-value-button"))
                .getText()
                .strip()
                .startsWith(labelStart));
    }

    /** Types into the {@code vaadin-combo-box} with the given id and picks the first item containing {@code text}. */
    private void chooseComboItem(String id, String text) {
        WebElement input = wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("#" + id + " input")));
        input.sendKeys(text);
        By items = By.cssSelector("vaadin-combo-box-item");
        WebElement item = wait.until(d -> d.findElements(items).stream()
                .filter(i -> i.isDisplayed() && i.getText().contains(text))
                .findFirst()
                .orElse(null));
        item.click();
        wait.until(d -> String.valueOf(input.getDomProperty("value")).contains(text)
                && d.findElements(items).stream().noneMatch(WebElement::isDisplayed));
    }

    /** Attaches a file to the {@code #evidence-upload} field and waits until the upload has finished. */
    private void uploadEvidence(Path file) {
        WebElement upload = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("evidence-upload")));
        WebElement fileInput = wait.until(d -> {
            List<WebElement> light = upload.findElements(By.cssSelector("input[type='file']"));
            if (!light.isEmpty()) {
                return light.getFirst();
            }
            List<WebElement> shadow = upload.getShadowRoot().findElements(By.cssSelector("input[type='file']"));
            return shadow.isEmpty() ? null : shadow.getFirst();
        });
        fileInput.sendKeys(file.toAbsolutePath().toString());
        wait.until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d)
                .executeScript(
                        "const f = arguments[0].files || [];"
                                + " return f.length === 1 && f.every(x => x.complete && !x.error && !x.abort);",
                        upload)));
    }

    /**
     * The button with {@code buttonClass} in the row of {@code taskCode} in the my-unit grid. Grid cell contents
     * are slotted light-DOM elements; the row is the shadow-DOM {@code tr} their slots sit in.
     */
    private WebElement myUnitRowButton(String taskCode, String buttonClass) {
        return (WebElement) ((JavascriptExecutor) driver)
                .executeScript(
                        MY_UNIT_ROW_JS + "return row ? row.flatMap(c => [...c.querySelectorAll('vaadin-button."
                                + buttonClass + "')])[0] || null : null;",
                        taskCode);
    }

    /** The visible text of the row of {@code taskCode} in the my-unit grid, or "" when it is not rendered. */
    private String myUnitRowText(String taskCode) {
        Object text = ((JavascriptExecutor) driver)
                .executeScript(MY_UNIT_ROW_JS + "return row ? row.map(c => c.innerText).join(' | ') : '';", taskCode);
        return text == null ? "" : text.toString();
    }

    /** A short wait for Vaadin to finish its round trips and the browser to paint, before a screenshot. */
    private void settle() {
        wait.until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d)
                .executeScript("return document.readyState === 'complete' && !(window.Vaadin && window.Vaadin.Flow"
                        + " && window.Vaadin.Flow.clients && Object.values(window.Vaadin.Flow.clients)"
                        + ".some(c => c.isActive && c.isActive()));")));
        try {
            Thread.sleep(300);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void screenshot(String name) throws IOException {
        File shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
        Files.copy(shot.toPath(), screenshotDir.resolve(name), StandardCopyOption.REPLACE_EXISTING);
    }

    private void onFailureScreenshot(TestInfo info, ThrowingRunnable steps) throws Exception {
        try {
            steps.run();
        } catch (Throwable failure) {
            String name =
                    "failure-" + info.getTestMethod().map(m -> m.getName()).orElse("test");
            try {
                screenshot(name + ".png");
                Files.writeString(
                        screenshotDir.resolve(name + ".html"), driver.getCurrentUrl() + "\n" + driver.getPageSource());
            } catch (RuntimeException | IOException ignored) {
                failure.addSuppressed(ignored);
            }
            throw failure;
        }
    }

    private static String path(String url) {
        String path = URI.create(url).getPath();
        return path == null || path.isEmpty() ? "/" : path;
    }

    @FunctionalInterface
    private interface ThrowingRunnable {
        void run() throws Exception;
    }
}
