package seqstream.training.dates;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import seqstream.text.dates.DateTranslator;
import seqstream.text.dates.Translation;

/**
 * Measures a dates bundle through the serving path ({@link DateTranslator} on ONNX Runtime): exact match on
 * held-out examples from a seed training never uses, per family, and the eight dates it must get right.
 */
public final class DatesEvaluation {
    /** Seeds the held-out examples; {@link DatesTraining} refuses to train with it. */
    public static final long HELD_OUT_SEED = 9_000_001L;
    public static final int PER_FAMILY = 600;

    /** The dates the issue names, with the answers they must get. */
    public static final Map<String, String> REQUIRED = requiredExamples();

    private DatesEvaluation() {
    }

    private static Map<String, String> requiredExamples() {
        Map<String, String> required = new LinkedHashMap<>();
        required.put("3 May 1979", "1979-05-03");
        required.put("5 April 09", "2009-04-05");
        required.put("21th of August 2016", "2016-08-21");
        required.put("Tue 10 Jul 2007", "2007-07-10");
        required.put("Saturday May 9 2018", "2018-05-09");
        required.put("March 3 2001", "2001-03-03");
        required.put("March 3rd 2001", "2001-03-03");
        required.put("1 March 2001", "2001-03-01");
        return java.util.Collections.unmodifiableMap(required);
    }

    /** The held-out set: {@link #PER_FAMILY} examples of every family. */
    public static List<DateExample> heldOut(int perFamily) {
        DateExamples examples = new DateExamples(HELD_OUT_SEED);
        List<DateExample> heldOut = new ArrayList<>();
        for (DateFamily family : DateFamily.values()) {
            for (int i = 0; i < perFamily; i++) {
                heldOut.add(examples.next(family));
            }
        }
        return heldOut;
    }

    public static Report evaluate(DateTranslator translator, List<DateExample> heldOut) {
        List<Translation> answers = translator.translate(heldOut.stream().map(DateExample::text).toList());
        Map<DateFamily, int[]> perFamily = new LinkedHashMap<>(); // family -> {correct, total}
        int correct = 0;
        List<String> mistakes = new ArrayList<>();
        for (int i = 0; i < heldOut.size(); i++) {
            DateExample example = heldOut.get(i);
            boolean right = example.iso().equals(answers.get(i).iso());
            int[] counts = perFamily.computeIfAbsent(example.family(), f -> new int[2]);
            counts[1]++;
            if (right) {
                counts[0]++;
                correct++;
            } else if (mistakes.size() < 20) {
                mistakes.add(example.text() + " -> " + answers.get(i).answer() + " (expected " + example.iso() + ")");
            }
        }
        Map<String, Double> familyAccuracy = new LinkedHashMap<>();
        perFamily.forEach((family, counts) -> familyAccuracy.put(family.label(), (double) counts[0] / counts[1]));

        Map<String, String> required = new LinkedHashMap<>();
        boolean allRequired = true;
        for (var entry : REQUIRED.entrySet()) {
            Translation answer = translator.translate(entry.getKey());
            required.put(entry.getKey(), answer.answer());
            allRequired &= entry.getValue().equals(answer.iso());
        }
        return new Report(heldOut.size(), (double) correct / heldOut.size(), familyAccuracy, required, allRequired,
                mistakes);
    }

    /**
     * @param examples       held-out examples evaluated
     * @param exactMatch     share answered exactly right
     * @param familyAccuracy exact match per family
     * @param required       the model's answer to each required date
     * @param allRequired    whether all required dates were answered right
     * @param mistakes       the first mistakes, for people reading the log
     */
    public record Report(int examples, double exactMatch, Map<String, Double> familyAccuracy,
            Map<String, String> required, boolean allRequired, List<String> mistakes) {

        public double worstFamily() {
            return familyAccuracy.values().stream().mapToDouble(Double::doubleValue).min().orElse(0);
        }
    }
}
