package org.parsteering.smoke;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
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
import org.openqa.selenium.OutputType;
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
 * the app shell, sign-out, and the "no access" page for a role that may not open the account admin.
 *
 * <p>Not part of the normal build (Surefire excludes {@code *BrowserSmokeIT}); run it explicitly:
 * {@code ./mvnw test -Dtest=BrowserSmokeIT -Dsurefire.failIfNoSpecifiedTests=false -Dsmoke.baseUrl=http://localhost:18080}.
 * Skipped when {@code smoke.baseUrl} is not set. Uses the system chromium and chromedriver (paths from
 * {@code webdriver.chrome.driver} and {@code smoke.chromeBinary}); Selenium Manager is never asked to
 * download anything because both paths are given explicitly. Screenshots go to {@code target/smoke}.
 *
 * <p>Vaadin components render in shadow DOM, but the text inputs of {@code vaadin-login-form} are slotted
 * light-DOM {@code <input name="username|password">} elements, so plain CSS selectors reach them.
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
