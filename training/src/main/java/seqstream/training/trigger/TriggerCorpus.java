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
 * What clips are made of: "activate" recordings, other words, and backgrounds, all 16 kHz. Four corpora,
 * kept apart: training (the course's real clips, synthetic training voices, generated backgrounds),
 * validation and held-out synthetic (each from voice variants of its own that training never uses) and
 * real-voice evaluation (the extra_ITE-5th speaker and backgrounds, never trained on).
 */
public record TriggerCorpus(List<float[]> activates, List<OtherWord> negatives, List<float[]> backgrounds) {

    /**
     * The course's raw_data clips (each at five speeds, again through two random equalizers, and in a room) plus
     * {@code voices} synthetic training voices and generated backgrounds.
     */
    public static TriggerCorpus training(Path data, int voices, int generatedBackgrounds, long seed) throws IOException {
        SplittableRandom random = new SplittableRandom(seed);
        List<float[]> activates = withRooms(random, withSpeeds(trimmedClips(data.resolve("trigger/raw_data/activates"))));
        List<OtherWord> negatives = new ArrayList<>(withRooms(random, withSpeeds(trimmedClips(data.resolve("trigger/raw_data/negatives"))))
                .stream().map(samples -> new OtherWord("a raw_data recording", samples)).toList());
        addSynthetic(random, Voice.TRAINING_VARIANTS, voices, activates, negatives);
        List<float[]> backgrounds = new ArrayList<>(clips(data.resolve("trigger/raw_data/backgrounds")));
        backgrounds.addAll(generatedBackgrounds(random, generatedBackgrounds, Voice.TRAINING_VARIANTS));
        return new TriggerCorpus(activates, negatives, backgrounds);
    }

    /**
     * Voices never trained on ({@link Voice#VALIDATION_VARIANTS} or {@link Voice#HELD_OUT_VARIANTS}), over
     * generated backgrounds whose babble speaks with the same variants.
     */
    public static TriggerCorpus unseenVoices(List<String> variants, int voices, int generatedBackgrounds, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        List<float[]> activates = new ArrayList<>();
        List<OtherWord> negatives = new ArrayList<>();
        addSynthetic(random, variants, voices, activates, negatives);
        return new TriggerCorpus(activates, negatives, generatedBackgrounds(random, generatedBackgrounds, variants));
    }

    /**
     * The real-voice evaluation set: its activates, negatives and backgrounds are never trained on. Its negatives are
     * named by their files (what.wav, boy.wav, ...).
     */
    public static TriggerCorpus realVoice(Path data) throws IOException {
        Path extra = data.resolve("trigger/extra_ITE-5th");
        List<OtherWord> negatives = new ArrayList<>();
        for (Path file : wavFiles(extra.resolve("negatives"))) {
            negatives.add(new OtherWord("extra_ITE-5th " + file.getFileName(), Sounds.trim(read(file))));
        }
        return new TriggerCorpus(trimmedClips(extra.resolve("activates")), negatives, clips(extra.resolve("backgrounds")));
    }

    /**
     * Each voice says "activate", two words that sound alike and an ordinary word; half the voices also pass
     * through a random equalizer, a third are heard in a random room. Voices are drawn in order from the
     * seed, then spoken in parallel. Four sound-alikes from each training voice were measured and not adopted
     * ({@link TriggerSettings#FULL}).
     */
    private static void addSynthetic(SplittableRandom random, List<String> variants, int voices, List<float[]> activates,
            List<OtherWord> negatives) {
        record Spoken(Voice voice, String soundAlike, String otherSoundAlike, String ordinary, SplittableRandom equalizer,
                SplittableRandom room) {
        }
        Espeak.requireVariants(variants);
        List<Spoken> plan = new ArrayList<>();
        for (int v = 0; v < voices; v++) {
            Voice voice = new Voice(Voice.ACCENTS.get(random.nextInt(Voice.ACCENTS.size())),
                    variants.get(random.nextInt(variants.size())), 110 + random.nextInt(100), 20 + random.nextInt(70));
            plan.add(new Spoken(voice, Words.SOUND_ALIKE.get(random.nextInt(Words.SOUND_ALIKE.size())),
                    Words.SOUND_ALIKE.get(random.nextInt(Words.SOUND_ALIKE.size())),
                    Words.ORDINARY.get(random.nextInt(Words.ORDINARY.size())),
                    random.nextBoolean() ? random.split() : null, random.nextInt(3) == 0 ? random.split() : null));
        }
        List<float[][]> spoken = plan.parallelStream().map(s -> {
            float[][] words = {say(Words.TRIGGER, s.voice()), say(s.soundAlike(), s.voice()), say(s.otherSoundAlike(), s.voice()),
                    say(s.ordinary(), s.voice())};
            for (int w = 0; w < words.length; w++) {
                if (s.equalizer() != null) {
                    words[w] = Sounds.equalized(s.equalizer(), words[w], 2, 10);
                }
                if (s.room() != null) {
                    words[w] = Sounds.reverberated(s.room(), words[w]);
                }
            }
            return words;
        }).toList();
        for (int v = 0; v < spoken.size(); v++) {
            float[][] words = spoken.get(v);
            Spoken said = plan.get(v);
            activates.add(words[0]);
            negatives.addAll(List.of(new OtherWord(said.soundAlike(), words[1]), new OtherWord(said.otherSoundAlike(), words[2]),
                    new OtherWord(said.ordinary(), words[3])));
        }
    }

    private static float[] say(String text, Voice voice) {
        return Sounds.trim(Espeak.say(text, voice).samples());
    }

    /**
     * Backgrounds of one to three generated layers (noise, hum, tones, music, and babble: several synthetic
     * voices talking at once), levels log-uniform from quiet to as loud as speech. Some slowly swell and
     * fade; some change level abruptly, as when a door opens or a machine stops: a change of background is
     * not a word.
     */
    private static List<float[]> generatedBackgrounds(SplittableRandom random, int count, List<String> variants) {
        List<float[]> backgrounds = new ArrayList<>();
        int length = 11 * Audio.MODEL_RATE;
        for (int i = 0; i < count; i++) {
            float[] background = new float[length];
            int layers = 1 + random.nextInt(3);
            for (int layer = 0; layer < layers; layer++) {
                double level = 0.003 * Math.pow(30, random.nextDouble());
                float[] sound = switch (random.nextInt(4)) {
                    case 0 -> babble(random, length, variants);
                    case 1 -> Sounds.tones(random, length);
                    default -> Sounds.noise(random, length, 1);
                };
                Sounds.addInto(background, Sounds.withRms(sound, level), 0, 1.0);
            }
            switch (random.nextInt(3)) {
                case 0 -> Sounds.swell(random, background);
                case 1 -> Sounds.steps(random, background);
                default -> {
                }
            }
            backgrounds.add(background);
        }
        return backgrounds;
    }

    private static float[] babble(SplittableRandom random, int length, List<String> variants) {
        float[] babble = new float[length];
        int speakers = 2 + random.nextInt(5);
        for (int speaker = 0; speaker < speakers; speaker++) {
            Voice voice = new Voice(Voice.ACCENTS.get(random.nextInt(Voice.ACCENTS.size())),
                    variants.get(random.nextInt(variants.size())), 140 + random.nextInt(60), 30 + random.nextInt(50));
            String sentence = String.join(" ", Words.ORDINARY.get(random.nextInt(Words.ORDINARY.size())),
                    Words.ORDINARY.get(random.nextInt(Words.ORDINARY.size())), Words.ORDINARY.get(random.nextInt(Words.ORDINARY.size())));
            float[] speech = Espeak.say(sentence, voice).samples();
            for (int at = random.nextInt(Audio.MODEL_RATE); at < length; at += speech.length + random.nextInt(Audio.MODEL_RATE)) {
                Sounds.addInto(babble, speech, at, 1.0);
            }
        }
        return babble;
    }

    /**
     * Each clip, the same clip through two random equalizers, and in a random room: ten real recordings come
     * from one microphone in one room.
     */
    static List<float[]> withRooms(SplittableRandom random, List<float[]> clips) {
        List<float[]> all = new ArrayList<>(clips);
        for (float[] clip : clips) {
            all.add(Sounds.equalized(random, clip, 2, 10));
            all.add(Sounds.equalized(random, clip, 2, 10));
            all.add(Sounds.reverberated(random, clip));
        }
        return all;
    }

    /**
     * Speeds at which the real recordings are also played: ten real "activate"s are few next to the synthetic voices.
     * Seven speeds from 0.8 to 1.25 were measured and not adopted ({@link TriggerSettings#FULL}).
     */
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
        List<float[]> clips = new ArrayList<>();
        for (Path file : wavFiles(dir)) {
            clips.add(read(file));
        }
        return clips;
    }

    private static float[] read(Path file) throws IOException {
        return WavFiles.read(file).resampledTo(Audio.MODEL_RATE).samples();
    }

    /** The recordings in a folder, sorted by name: the order clips are read in. */
    static List<Path> wavFiles(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            throw new IOException(dir + " is missing: SEQSTREAM_DATA must point at the course data");
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> f.toString().endsWith(".wav")).sorted().toList();
        }
    }
}
