package seqstream.training.trigger;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import seqstream.audio.Audio;
import seqstream.audio.WavFiles;

/**
 * What clips are made of: "activate" recordings, other words, and backgrounds, all 16 kHz. Three corpora,
 * kept apart: training (the course's real clips, synthetic training voices, generated backgrounds),
 * held-out synthetic (voices whose variants training never uses) and real-voice evaluation (the
 * extra_ITE-5th speaker and backgrounds, never trained on).
 */
public record TriggerCorpus(List<float[]> activates, List<float[]> negatives, List<float[]> backgrounds) {

    /** The course's raw_data clips plus {@code voices} synthetic training voices and generated backgrounds. */
    public static TriggerCorpus training(Path data, int voices, int generatedBackgrounds, long seed) throws IOException {
        SplittableRandom random = new SplittableRandom(seed);
        List<float[]> activates = withSpeeds(trimmedClips(data.resolve("trigger/raw_data/activates")));
        List<float[]> negatives = withSpeeds(trimmedClips(data.resolve("trigger/raw_data/negatives")));
        addSynthetic(random, Voice.TRAINING_VARIANTS, voices, activates, negatives);
        List<float[]> backgrounds = new ArrayList<>(clips(data.resolve("trigger/raw_data/backgrounds")));
        backgrounds.addAll(generatedBackgrounds(random, generatedBackgrounds, Voice.TRAINING_VARIANTS));
        return new TriggerCorpus(activates, negatives, backgrounds);
    }

    /** Voices never trained on, over generated backgrounds made from another seed. */
    public static TriggerCorpus heldOutSynthetic(int voices, int generatedBackgrounds, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        List<float[]> activates = new ArrayList<>();
        List<float[]> negatives = new ArrayList<>();
        addSynthetic(random, Voice.HELD_OUT_VARIANTS, voices, activates, negatives);
        return new TriggerCorpus(activates, negatives, generatedBackgrounds(random, generatedBackgrounds,
                Voice.HELD_OUT_VARIANTS));
    }

    /** The real-voice evaluation set: its activates, negatives and backgrounds are never trained on. */
    public static TriggerCorpus realVoice(Path data) throws IOException {
        Path extra = data.resolve("trigger/extra_ITE-5th");
        return new TriggerCorpus(trimmedClips(extra.resolve("activates")), trimmedClips(extra.resolve("negatives")),
                clips(extra.resolve("backgrounds")));
    }

    private static void addSynthetic(SplittableRandom random, List<String> variants, int voices, List<float[]> activates,
            List<float[]> negatives) {
        for (int v = 0; v < voices; v++) {
            Voice voice = new Voice(Voice.ACCENTS.get(random.nextInt(Voice.ACCENTS.size())),
                    variants.get(random.nextInt(variants.size())), 120 + random.nextInt(80), 25 + random.nextInt(60));
            activates.add(Sounds.trim(Espeak.say(Words.TRIGGER, voice).samples()));
            negatives.add(Sounds.trim(Espeak.say(Words.SOUND_ALIKE.get(random.nextInt(Words.SOUND_ALIKE.size())), voice).samples()));
            negatives.add(Sounds.trim(Espeak.say(Words.ORDINARY.get(random.nextInt(Words.ORDINARY.size())), voice).samples()));
        }
    }

    /** Noise, hum, and babble (several synthetic voices talking at once), each 10+ seconds at varied levels. */
    private static List<float[]> generatedBackgrounds(SplittableRandom random, int count, List<String> variants) {
        List<float[]> backgrounds = new ArrayList<>();
        int length = 11 * Audio.MODEL_RATE;
        for (int i = 0; i < count; i++) {
            float[] background = Sounds.noise(random, length, 0.005 + 0.05 * random.nextDouble());
            if (random.nextInt(3) == 0) {
                float[] babble = new float[length];
                for (int speaker = 0; speaker < 4; speaker++) {
                    Voice voice = new Voice(Voice.ACCENTS.get(random.nextInt(Voice.ACCENTS.size())),
                            variants.get(random.nextInt(variants.size())), 140 + random.nextInt(60), 30 + random.nextInt(50));
                    String sentence = String.join(" ", Words.ORDINARY.get(random.nextInt(Words.ORDINARY.size())),
                            Words.ORDINARY.get(random.nextInt(Words.ORDINARY.size())), Words.ORDINARY.get(random.nextInt(Words.ORDINARY.size())));
                    float[] speech = Espeak.say(sentence, voice).samples();
                    for (int at = random.nextInt(Audio.MODEL_RATE); at < length; at += speech.length + random.nextInt(Audio.MODEL_RATE)) {
                        Sounds.addInto(babble, speech, at, 1.0);
                    }
                }
                Sounds.addInto(background, Sounds.withRms(babble, 0.01 + 0.04 * random.nextDouble()), 0, 1.0);
            }
            backgrounds.add(background);
        }
        return backgrounds;
    }

    /** Speeds at which the real recordings are also played: ten real "activate"s are few next to the synthetic voices. */
    static final double[] SPEEDS = {0.88, 0.94, 1.0, 1.06, 1.12};

    /** Each clip at each speed (faster is also higher, as a tape played fast), by resampling. */
    static List<float[]> withSpeeds(List<float[]> clips) {
        List<float[]> all = new ArrayList<>();
        for (float[] clip : clips) {
            for (double speed : SPEEDS) {
                all.add(speed == 1.0 ? clip
                        : new Audio(clip, (int) Math.round(Audio.MODEL_RATE * speed)).resampledTo(Audio.MODEL_RATE).samples());
            }
        }
        return all;
    }

    static List<float[]> trimmedClips(Path dir) throws IOException {
        return clips(dir).stream().map(Sounds::trim).toList();
    }

    static List<float[]> clips(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            throw new IOException(dir + " is missing: SEQSTREAM_DATA must point at the course data");
        }
        List<float[]> clips = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".wav")).sorted().toList()) {
                clips.add(WavFiles.read(file).resampledTo(Audio.MODEL_RATE).samples());
            }
        }
        return clips;
    }
}
