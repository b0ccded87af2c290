package seqstream.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.SplittableRandom;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import seqstream.audio.Audio;
import seqstream.audio.WavFiles;

/** ./seqctl trigger, in process, on the committed bundle. */
class TriggerCommandTest {
    @TempDir
    Path dir;

    private Path noise(String name, int rate) throws Exception {
        SplittableRandom random = new SplittableRandom(3);
        float[] samples = new float[4 * rate];
        for (int i = 0; i < samples.length; i++) {
            samples[i] = (float) (0.01 * random.nextGaussian());
        }
        Path wav = dir.resolve(name);
        WavFiles.write(new Audio(samples, rate), wav);
        return wav;
    }

    @Test
    void plotDrawsSpectrogramAndScoresInOnePicture() throws Exception {
        Path png = dir.resolve("plot.png");
        int code = new CommandLine(new Seqctl()).execute("trigger", "plot", noise("noise.wav", 44_100).toString(), "--png", png.toString());
        assertThat(code).isZero();
        BufferedImage image = ImageIO.read(png.toFile());
        assertThat(image.getWidth()).isGreaterThanOrEqualTo(400);
        assertThat(image.getHeight()).isGreaterThan(300);
    }

    @Test
    void chimeWritesTheInputBackAtItsOwnRateAndLength() throws Exception {
        Path out = dir.resolve("out.wav");
        int code = new CommandLine(new Seqctl()).execute("trigger", "chime", noise("in.wav", 8_000).toString(), out.toString());
        assertThat(code).isZero();
        Audio written = WavFiles.read(out);
        assertThat(written.sampleRate()).isEqualTo(8_000);
        assertThat(written.samples()).hasSize(4 * 8_000);
    }
}
