package seqstream.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.SplittableRandom;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;
import seqstream.audio.Audio;
import seqstream.audio.WavFiles;

/**
 * The console in a real browser (Debian's headless Chromium), every panel through Kafka to the real services
 * of ./seqctl up's stack. The microphone is Chromium's fake one (a beep): it proves the audio reaches the
 * detector over the WebSocket, not that "activate" is heard.
 */
class ConsoleBrowserTest {
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

    private static LocalStack stack;
    private static WebDriver browser;

    @TempDir
    Path dir;

    @BeforeAll
    static void start() throws Exception {
        assumeThat(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER))
                .as("Chromium is not installed: sudo apt-get install chromium chromium-driver").isTrue();
        stack = LocalStack.start(0, 1, true, new PrintStream(new ByteArrayOutputStream(), true));
        ChromeOptions options = new ChromeOptions().setBinary(CHROMIUM.toFile()).addArguments("--headless=new", "--no-sandbox",
                "--disable-dev-shm-usage", "--use-fake-device-for-media-stream", "--use-fake-ui-for-media-stream",
                "--autoplay-policy=no-user-gesture-required");
        browser = new ChromeDriver(new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile()).build(), options);
        browser.get(stack.url(LocalService.CONSOLE));
        await("connected to Kafka", () -> text("kafka-status").equals("connected to Kafka"));
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.quit();
        }
        if (stack != null) {
            stack.close();
        }
    }

    @Test
    void datesComeWithTheirAttentionMap() {
        type("dates-text", "21th of August 2016");
        click("dates-go");
        await("a date", () -> text("dates-result").startsWith("2016-08-21"));
        assertThat(paintedPixels("dates-attention")).isGreaterThan(1000);
    }

    @Test
    void theEmojifierAnswers() {
        type("emojify-text", "food is life");
        click("emojify-go");
        await("an emoji", () -> text("emojify-result").contains("🍴"));
    }

    @Test
    void namesAndTheirErrors() {
        type("names-count", "3");
        type("names-prefix", "Tyr");
        click("names-go");
        await("three names", () -> text("names-result").matches("Tyr\\w*, Tyr\\w*, Tyr\\w* +\\(seed -?\\d+\\)"));
        type("names-count", "0");
        click("names-go");
        await("the service's refusal", () -> text("names-result").contains("'count' is 0"));
        assertThat(browser.findElement(By.id("names-result")).getAttribute("class")).contains("error");
    }

    @Test
    void jazzIsPlayedInThePage() {
        type("jazz-seconds", "6");
        type("jazz-seed", "3");
        click("jazz-go");
        await("a solo", () -> text("jazz-result").contains("(seed 3): press play"));
        assertThat(browser.findElement(By.id("jazz-audio")).getAttribute("src")).startsWith("blob:");
        Object duration = script("return new Promise(done => { const a = document.getElementById('jazz-audio');"
                + " if (a.readyState > 0) done(a.duration); else a.onloadedmetadata = () => done(a.duration); });");
        assertThat(((Number) duration).doubleValue()).isBetween(6.0, 7.5); // the music and its release
    }

    @Test
    void wordVectorsAnswerAnalogies() {
        new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("vectors-op"))).selectByValue("analogy");
        type("vectors-words", "man woman king");
        click("vectors-go");
        await("queen", () -> text("vectors-result").startsWith("queen"));
    }

    @Test
    void anUploadedRecordingIsHeardAndDrawn() throws Exception {
        Path wav = dir.resolve("quiet.wav");
        SplittableRandom random = new SplittableRandom(3);
        float[] noise = new float[3 * 22_050];
        for (int i = 0; i < noise.length; i++) {
            noise[i] = (float) (0.01 * random.nextGaussian());
        }
        WavFiles.write(new Audio(noise, 22_050), wav);
        browser.findElement(By.id("trigger-file")).sendKeys(wav.toString());
        click("trigger-upload");
        await("the detector's answer", () -> text("trigger-result").matches("\\d+ detections? (at .* )?in 3\\.0 s of audio"));
        assertThat(paintedPixels("trigger-spectrogram")).isGreaterThan(10_000);
    }

    @Test
    void theMicrophoneStreamsToTheDetector() {
        click("mic-start");
        await("the stream", () -> text("mic-status").startsWith("listening (stream console-"));
        await("two seconds streamed", () -> {
            String seconds = browser.findElement(By.id("mic-status")).getAttribute("data-seconds");
            return seconds != null && Double.parseDouble(seconds) >= 2;
        });
        click("mic-stop");
        await("the stream closed", () -> text("mic-status").startsWith("microphone off ("));
        assertThat(browser.findElement(By.id("mic-status")).getAttribute("class")).doesNotContain("error");
    }

    private static String text(String id) {
        return browser.findElement(By.id(id)).getText();
    }

    private static void type(String id, String value) {
        WebElement input = browser.findElement(By.id(id));
        input.clear();
        input.sendKeys(value);
    }

    private static void click(String id) {
        browser.findElement(By.id(id)).click();
    }

    private static Object script(String js) {
        return ((JavascriptExecutor) browser).executeScript(js);
    }

    /** Pixels of a canvas that are not transparent: something was drawn. */
    private static long paintedPixels(String id) {
        Object count = script("const c = document.getElementById('" + id + "'); const d = c.getContext('2d')"
                + ".getImageData(0, 0, c.width, c.height).data; let n = 0; for (let i = 3; i < d.length; i += 4) if (d[i] > 0) n++; return n;");
        return ((Number) count).longValue();
    }

    private static void await(String what, java.util.function.BooleanSupplier condition) {
        new WebDriverWait(browser, Duration.ofSeconds(90)).withMessage(() -> "waiting for " + what).until(d -> condition.getAsBoolean());
    }
}
