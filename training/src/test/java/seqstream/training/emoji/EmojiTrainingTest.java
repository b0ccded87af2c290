package seqstream.training.emoji;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.assertj.core.api.Assumptions.assumeThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;
import seqstream.inference.Device;
import seqstream.inference.InferenceOptions;
import seqstream.inference.ModelManifest;
import seqstream.text.emoji.EmojiText;
import seqstream.text.emoji.Emojifier;
import seqstream.training.names.DinosaurNames;
import seqstream.vectors.WordVectors;

/**
 * ./seqctl train emojify on a tiny budget, with random vectors for the course sentences' words (the real
 * GloVe file is not needed to check the graphs): the ONNX graph equals DJL (v2: the mean of its members), every
 * figure is written.
 */
class EmojiTrainingTest {
    @TempDir
    Path bundle;

    @ParameterizedTest
    @ValueSource(strings = {"v1", "v2"})
    void theOnnxGraphMatchesDjlAndTheFiguresAreWritten(String version) throws Exception {
        assumeThat(System.getenv("SEQSTREAM_DATA")).as("SEQSTREAM_DATA is not set: the sentences are the course's").isNotBlank();
        Path data = DinosaurNames.dataDirectory();
        WordVectors vectors = randomVectors(data);
        // v2 as two members from two seeds: the graph must average them as DJL does.
        EmojiTraining.Settings settings = new EmojiTraining.Settings(version, 3, 3, 8, version.equals("v1"), 0.01f, version.equals("v1") ? 1 : 2);
        ModelManifest manifest = EmojiTraining.run(settings, data, vectors, bundle, new PrintStream(new ByteArrayOutputStream(), true));

        assertThat(((Number) manifest.evaluation().get("onnx_vs_djl_max_abs_diff")).doubleValue()).isLessThanOrEqualTo(1e-4);
        assertThat(manifest.evaluation()).containsKeys("train_accuracy", "test_accuracy", "test_confusion_matrix", "test_mistakes");
        int[][] confusion = (int[][]) manifest.evaluation().get("test_confusion_matrix");
        assertThat(Arrays.stream(confusion).flatMapToInt(Arrays::stream).sum()).isEqualTo(56);
        try (Emojifier emojifier = Emojifier.load(bundle, "emojify-" + version, vectors, new InferenceOptions(Device.CPU, 0),
                new SimpleMeterRegistry())) {
            Emojifier.Prediction p = emojifier.predict(List.of("food is life")).getFirst();
            assertThat(p.probabilities()).hasSize(5);
            assertThat(p.emoji()).isEqualTo(EmojiText.EMOJI.get(p.label()));
            // The answer does not depend on the batch: a longer sentence beside it pads it with more zeros.
            Emojifier.Prediction inBatch = emojifier.predict(List.of("food is life", "i want to eat a very big dinner with my family")).getFirst();
            for (int k = 0; k < 5; k++) {
                assertThat(inBatch.probabilities()[k]).isCloseTo(p.probabilities()[k], within(1e-5f));
            }
        }
    }

    private static WordVectors randomVectors(Path data) throws Exception {
        Set<String> words = new LinkedHashSet<>();
        for (String file : new String[] {EmojiData.TRAIN, EmojiData.TEST}) {
            for (EmojiData.Example e : EmojiData.read(data.resolve(file))) {
                words.addAll(EmojiText.words(e.text()));
            }
        }
        words.addAll(List.of("food", "is", "life"));
        List<String> vocabulary = new ArrayList<>(words);
        Random random = new Random(5);
        float[] raw = new float[vocabulary.size() * 100];
        for (int i = 0; i < raw.length; i++) {
            raw[i] = (float) random.nextGaussian();
        }
        return new WordVectors(vocabulary.toArray(String[]::new), raw, 100);
    }
}
