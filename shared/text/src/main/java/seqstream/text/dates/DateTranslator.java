package seqstream.text.dates;

import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import io.micrometer.core.instrument.MeterRegistry;
import java.nio.LongBuffer;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import seqstream.inference.InferenceOptions;
import seqstream.inference.ModelBundle;
import seqstream.inference.ModelBundleException;
import seqstream.inference.OnnxModel;
import seqstream.text.CharVocabulary;

/**
 * Runs the dates bundle: normalize, encode, one ONNX call per batch, decode. The service, the CLI, the
 * benchmark and training's evaluation all translate through this class.
 */
public final class DateTranslator implements AutoCloseable {
    public static final String MODEL_NAME = "dates";
    /** Graph input: character indices, int64 [batch, input length]. */
    public static final String INPUT = "chars";
    /** Graph output: per output position, probabilities over the output vocabulary, [batch, 10, 11]. */
    public static final String PROBABILITIES = "probabilities";
    /** Graph output: attention weights, [batch, 10, input length]. */
    public static final String ATTENTION = "attention";
    /** Larger requests are cut into batches of this size, bounding the memory of one call. */
    public static final int MAX_BATCH = 1024;

    private final OnnxModel model;
    private final CharVocabulary input;
    private final CharVocabulary output;
    private final int inputLength;

    public DateTranslator(OnnxModel model, CharVocabulary input, CharVocabulary output, int inputLength) {
        this.model = model;
        this.input = input;
        this.output = output;
        this.inputLength = inputLength;
    }

    public static DateTranslator load(Path bundleDirectory, InferenceOptions options, MeterRegistry registry) {
        ModelBundle bundle = ModelBundle.load(bundleDirectory, MODEL_NAME);
        var manifest = bundle.manifest();
        int inputLength = manifest.intParameter("inputLength");
        int outputLength = manifest.intParameter("outputLength");
        if (outputLength != DateText.OUTPUT_LENGTH) {
            throw new ModelBundleException("dates bundle writes " + outputLength + " characters; ISO dates have "
                    + DateText.OUTPUT_LENGTH);
        }
        OnnxModel model = OnnxModel.open(bundle.graph("model"), MODEL_NAME, options, registry);
        return new DateTranslator(model, new CharVocabulary(manifest.vocabulary("input")),
                new CharVocabulary(manifest.vocabulary("output")), inputLength);
    }

    public Translation translate(String text) {
        return translate(List.of(text)).getFirst();
    }

    /** Translates in order, one inference call per {@link #MAX_BATCH} texts. */
    public List<Translation> translate(List<String> texts) {
        List<Translation> translations = new ArrayList<>(texts.size());
        for (int from = 0; from < texts.size(); from += MAX_BATCH) {
            translations.addAll(translateBatch(texts.subList(from, Math.min(texts.size(), from + MAX_BATCH))));
        }
        return translations;
    }

    private List<Translation> translateBatch(List<String> texts) {
        int batch = texts.size();
        List<String> normalized = texts.stream().map(DateText::normalize).toList();
        LongBuffer indices = LongBuffer.allocate(batch * inputLength);
        normalized.forEach(text -> indices.put(input.encode(text, inputLength)));
        indices.rewind();
        try (OnnxTensor chars = OnnxTensor.createTensor(OnnxModel.environment(), indices, new long[] {batch, inputLength});
                OrtSession.Result result = model.run(Map.of(INPUT, chars), batch)) {
            float[][][] probabilities = (float[][][]) result.get(PROBABILITIES).orElseThrow().getValue();
            float[][][] attention = (float[][][]) result.get(ATTENTION).orElseThrow().getValue();
            List<Translation> translations = new ArrayList<>(batch);
            for (int b = 0; b < batch; b++) {
                translations.add(decode(texts.get(b), normalized.get(b), probabilities[b], attention[b]));
            }
            return translations;
        } catch (OrtException e) {
            throw new IllegalStateException("cannot build the dates model's input: " + e.getMessage(), e);
        }
    }

    /** Greedy decoding: the likeliest character at each position, the confidence the product of their probabilities. */
    private Translation decode(String text, String normalized, float[][] probabilities, float[][] attention) {
        StringBuilder answer = new StringBuilder();
        double confidence = 1;
        for (float[] position : probabilities) {
            int best = 0;
            for (int k = 1; k < position.length; k++) {
                if (position[k] > position[best]) {
                    best = k;
                }
            }
            answer.append(output.symbol(best));
            confidence *= position[best];
        }
        String iso = answer.toString();
        return new Translation(text, normalized, iso, isCalendarDate(iso) ? iso : null, confidence, probabilities,
                attention);
    }

    /** True for yyyy-MM-dd naming a day that exists (no February 30th). */
    static boolean isCalendarDate(String answer) {
        if (!answer.matches("\\d{4}-\\d{2}-\\d{2}")) {
            return false;
        }
        try {
            LocalDate.parse(answer, DateTimeFormatter.ISO_LOCAL_DATE);
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    public String executionProvider() {
        return model.executionProvider();
    }

    @Override
    public void close() {
        model.close();
    }
}
