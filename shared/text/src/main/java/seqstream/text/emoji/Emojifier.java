package seqstream.text.emoji;

import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import io.micrometer.core.instrument.MeterRegistry;
import java.nio.FloatBuffer;
import java.nio.IntBuffer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import seqstream.inference.InferenceOptions;
import seqstream.inference.ModelBundle;
import seqstream.inference.ModelBundleException;
import seqstream.inference.OnnxModel;
import seqstream.vectors.WordVectors;

/**
 * Runs an emojify bundle (v1: the average of the word vectors into a softmax; v2: two LSTM layers) on texts:
 * words -> GloVe vectors -> one ONNX call per batch -> five probabilities. The service, the CLI and training's
 * evaluation all predict through this class.
 */
public final class Emojifier implements AutoCloseable {
    public static final List<String> MODEL_NAMES = List.of("emojify-v1", "emojify-v2");
    /** Graph input: word vectors, float [batch, words, dimensions], zero after each sentence's end. */
    public static final String VECTORS = "vectors";
    /** Graph input: words per sentence, int32 [batch]. */
    public static final String LENGTHS = "lengths";
    /** Graph output: float [batch, 5]. */
    public static final String PROBABILITIES = "probabilities";
    /** Larger requests are cut into batches of this size, bounding the memory of one call. */
    public static final int MAX_BATCH = 512;

    /** @param words the words that counted (those with vectors) */
    public record Prediction(String text, int label, String emoji, float[] probabilities, List<String> words) {
    }

    private final OnnxModel model;
    private final WordVectors vectors;
    private final String name;

    private Emojifier(OnnxModel model, WordVectors vectors, String name) {
        this.model = model;
        this.vectors = vectors;
        this.name = name;
    }

    /** @param name emojify-v1 or emojify-v2 */
    public static Emojifier load(Path bundleDirectory, String name, WordVectors vectors, InferenceOptions options, MeterRegistry registry) {
        if (!MODEL_NAMES.contains(name)) {
            throw new ModelBundleException("unknown emojify model '" + name + "': " + String.join(" or ", MODEL_NAMES));
        }
        ModelBundle bundle = ModelBundle.load(bundleDirectory, name);
        int dimensions = bundle.manifest().intParameter("dimensions");
        if (dimensions != vectors.dimensions()) {
            throw new ModelBundleException(name + " was trained on " + dimensions + "-dimensional vectors; the loaded vectors have "
                    + vectors.dimensions());
        }
        return new Emojifier(OnnxModel.open(bundle.graph("model"), name, options, registry), vectors, name);
    }

    public String name() {
        return name;
    }

    public WordVectors vectors() {
        return vectors;
    }

    /** Predicts in order; every text must have at least one known word (see {@link EmojiText#knownWords}). */
    public List<Prediction> predict(List<String> texts) {
        List<Prediction> out = new ArrayList<>(texts.size());
        for (int from = 0; from < texts.size(); from += MAX_BATCH) {
            out.addAll(predictBatch(texts.subList(from, Math.min(texts.size(), from + MAX_BATCH))));
        }
        return out;
    }

    private List<Prediction> predictBatch(List<String> texts) {
        List<List<String>> words = EmojiText.knownWords(texts, vectors);
        for (int i = 0; i < texts.size(); i++) {
            if (words.get(i).isEmpty()) {
                throw new IllegalArgumentException("no word of \"" + texts.get(i) + "\" has a word vector");
            }
        }
        float[][] probabilities = probabilities(EmojiText.embed(words, vectors));
        List<Prediction> out = new ArrayList<>(texts.size());
        for (int i = 0; i < texts.size(); i++) {
            int label = argmax(probabilities[i]);
            out.add(new Prediction(texts.get(i), label, EmojiText.EMOJI.get(label), probabilities[i], words.get(i)));
        }
        return out;
    }

    /** The graph on prepared input: [batch][5]. */
    public float[][] probabilities(EmojiText.Embedded input) {
        try (OnnxTensor x = OnnxTensor.createTensor(OnnxModel.environment(), FloatBuffer.wrap(input.vectors()),
                new long[] {input.batch(), input.longest(), input.dimensions()});
                OnnxTensor lengths = OnnxTensor.createTensor(OnnxModel.environment(), IntBuffer.wrap(input.lengths()),
                        new long[] {input.batch()});
                OrtSession.Result result = model.run(Map.of(VECTORS, x, LENGTHS, lengths), input.batch())) {
            return (float[][]) result.get(PROBABILITIES).orElseThrow().getValue();
        } catch (OrtException e) {
            throw new IllegalStateException("cannot build the " + name + " model's input: " + e.getMessage(), e);
        }
    }

    /** The label with the highest probability (the first, on a tie). */
    public static int argmax(float[] p) {
        int best = 0;
        for (int k = 1; k < p.length; k++) {
            if (p[k] > p[best]) {
                best = k;
            }
        }
        return best;
    }

    public String executionProvider() {
        return model.executionProvider();
    }

    @Override
    public void close() {
        model.close();
    }
}
