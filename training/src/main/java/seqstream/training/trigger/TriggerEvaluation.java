package seqstream.training.trigger;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.IntUnaryOperator;
import seqstream.audio.trigger.AudioStream;
import seqstream.audio.trigger.Detector;
import seqstream.audio.trigger.TriggerScorer;

/**
 * Detections against the truth, through the serving path (the streaming step graph): an "activate" counts as
 * found when a detection lands from 0.25 s before it ends to a second after; any other detection is a false alarm
 * (the delay of a found word is signed: a detection in the last quarter second of the word counts as early).
 */
public final class TriggerEvaluation {
    public static final double MATCH_SECONDS = 1.0;
    /** Where a recording's word ends is known to within a few tens of milliseconds: a detection this early still counts. */
    public static final double EARLY_SECONDS = 0.25;

    private TriggerEvaluation() {
    }

    /** What a false alarm fired on when no inserted word was there. */
    public static final String NO_WORD = "no word";

    /**
     * @param heard         each "activate" in the clips, in order: found or not
     * @param falseAlarmsAt detections with no "activate" just before
     * @param hours         audio evaluated
     * @param medianDelayMs median time from the end of a found word to its detection
     */
    public record Report(List<Heard> heard, List<FalseAlarm> falseAlarmsAt, double hours, double medianDelayMs) {
        public int activates() {
            return heard.size();
        }

        public int found() {
            return (int) heard.stream().filter(Heard::found).count();
        }

        public int falseAlarms() {
            return falseAlarmsAt.size();
        }

        public double recall() {
            return activates() == 0 ? Double.NaN : (double) found() / activates();
        }

        public double falseAlarmsPerHour() {
            return falseAlarms() / hours;
        }
    }

    /** An "activate" of the clips, and whether a detection found it. */
    public record Heard(LabeledClip.Activate activate, boolean found) {
    }

    /** A detection in clip {@code clip}, {@code seconds} from its start, with no "activate" just before. */
    public record FalseAlarm(int clip, double seconds) {
    }

    /** Scores clips fed in chunks, each clip its own stream, all streams in each inference call. */
    public static List<float[]> scores(TriggerScorer scorer, List<LabeledClip> clips, int chunkSamples) {
        return scores(scorer, clips, clip -> chunkSamples);
    }

    /** Likewise, clip i fed in chunks of {@code chunkSamples(i)}: streams with different amounts of new audio share calls. */
    public static List<float[]> scores(TriggerScorer scorer, List<LabeledClip> clips, IntUnaryOperator chunkSamples) {
        List<AudioStream> streams = new ArrayList<>();
        List<List<Float>> scores = new ArrayList<>();
        int[] fed = new int[clips.size()];
        for (int i = 0; i < clips.size(); i++) {
            streams.add(new AudioStream(16_000));
            scores.add(new ArrayList<>());
        }
        boolean more = true;
        while (more) {
            more = false;
            for (int i = 0; i < clips.size(); i++) {
                float[] audio = clips.get(i).audio();
                if (fed[i] < audio.length) {
                    int end = Math.min(audio.length, fed[i] + chunkSamples.applyAsInt(i));
                    streams.get(i).accept(java.util.Arrays.copyOfRange(audio, fed[i], end));
                    fed[i] = end;
                    more |= end < audio.length;
                }
            }
            List<float[]> fresh = scorer.score(streams);
            for (int i = 0; i < clips.size(); i++) {
                for (float v : fresh.get(i)) {
                    scores.get(i).add(v);
                }
            }
        }
        return scores.stream().map(list -> {
            float[] array = new float[list.size()];
            for (int k = 0; k < array.length; k++) {
                array[k] = list.get(k);
            }
            return array;
        }).toList();
    }

    public static List<List<Detector.Detection>> detections(List<float[]> scores, double threshold) {
        return scores.stream().map(s -> new Detector(threshold).accept(0, s)).toList();
    }

    public static Report evaluate(List<LabeledClip> clips, List<List<Detector.Detection>> detections) {
        List<Heard> heard = new ArrayList<>();
        List<FalseAlarm> falseAlarms = new ArrayList<>();
        List<Double> delays = new ArrayList<>();
        double seconds = 0;
        for (int i = 0; i < clips.size(); i++) {
            seconds += clips.get(i).audio().length / 16_000.0;
            List<LabeledClip.Activate> activates = clips.get(i).activates();
            List<Double> ends = activates.stream().map(a -> a.end() / 16_000.0).toList();
            boolean[] matched = new boolean[ends.size()];
            for (Detector.Detection d : detections.get(i)) {
                int hit = -1;
                for (int k = 0; k < ends.size(); k++) {
                    if (!matched[k] && d.seconds() >= ends.get(k) - EARLY_SECONDS && d.seconds() <= ends.get(k) + MATCH_SECONDS) {
                        hit = k;
                        break;
                    }
                }
                if (hit >= 0) {
                    matched[hit] = true;
                    delays.add((d.seconds() - ends.get(hit)) * 1000);
                } else {
                    falseAlarms.add(new FalseAlarm(i, d.seconds()));
                }
            }
            for (int k = 0; k < ends.size(); k++) {
                heard.add(new Heard(activates.get(k), matched[k]));
            }
        }
        delays.sort(Double::compare);
        double median = delays.isEmpty() ? Double.NaN : delays.get(delays.size() / 2);
        return new Report(heard, falseAlarms, seconds / 3600, median);
    }

    /** Where one band of {@link #recallBySnr} ends and the next begins, in dB. */
    static final double[] SNR_BAND_EDGES = {0, 5, 10, 20};

    /**
     * Recall in bands of the activates' loudness against the background under them ({@link LabeledClip.Activate#snrDb}):
     * "below 0 dB", "0 to 5 dB", ..., "20 dB and above", each band's activates and recall, bands without activates
     * left out. Tells misses of a word drowned by its background from misses of a voice the detector does not know.
     */
    public static Map<String, Map<String, Number>> recallBySnr(Report report) {
        int[] activates = new int[SNR_BAND_EDGES.length + 1];
        int[] found = new int[SNR_BAND_EDGES.length + 1];
        for (Heard h : report.heard()) {
            int band = 0; // a word over a silent stretch of background (infinitely loud against it) lands in the top band
            while (band < SNR_BAND_EDGES.length && h.activate().snrDb() >= SNR_BAND_EDGES[band]) {
                band++;
            }
            activates[band]++;
            found[band] += h.found() ? 1 : 0;
        }
        Map<String, Map<String, Number>> bands = new LinkedHashMap<>();
        for (int b = 0; b < activates.length; b++) {
            if (activates[b] == 0) {
                continue;
            }
            String name = b == 0 ? String.format(Locale.ROOT, "below %.0f dB", SNR_BAND_EDGES[0])
                    : b == SNR_BAND_EDGES.length ? String.format(Locale.ROOT, "%.0f dB and above", SNR_BAND_EDGES[b - 1])
                    : String.format(Locale.ROOT, "%.0f to %.0f dB", SNR_BAND_EDGES[b - 1], SNR_BAND_EDGES[b]);
            Map<String, Number> band = new LinkedHashMap<>();
            band.put("activates", activates[b]);
            band.put("recall", Math.round(10_000.0 * found[b] / activates[b]) / 10_000.0);
            bands.put(name, band);
        }
        return bands;
    }

    /**
     * The false alarms by the inserted word they fired on (from its start to a second after it ends: a detection that
     * late still counts for an "activate"), {@link #NO_WORD} where none, the most frequent first: which sound-alikes the
     * detector confuses.
     */
    public static Map<String, Integer> falseAlarmsByWord(Report report, List<LabeledClip> clips) {
        Map<String, Integer> counts = new TreeMap<>();
        for (FalseAlarm alarm : report.falseAlarmsAt()) {
            double sample = alarm.seconds() * 16_000;
            String word = clips.get(alarm.clip()).negatives().stream()
                    .filter(n -> sample >= n.start() && sample <= n.end() + MATCH_SECONDS * 16_000)
                    .max(Comparator.comparingInt(LabeledClip.Negative::start)) // the word heard last
                    .map(LabeledClip.Negative::word).orElse(NO_WORD);
            counts.merge(word, 1, Integer::sum);
        }
        Map<String, Integer> mostFirst = new LinkedHashMap<>();
        counts.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue(Comparator.reverseOrder()))
                .forEach(e -> mostFirst.put(e.getKey(), e.getValue()));
        return mostFirst;
    }
}
