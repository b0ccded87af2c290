package seqstream.trigger.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import seqstream.audio.Audio;
import seqstream.audio.Chime;
import seqstream.audio.Pcm16;
import seqstream.audio.trigger.TriggerScorer;
import seqstream.contracts.AudioChunk;
import seqstream.contracts.TriggerDetection;
import seqstream.inference.Device;
import seqstream.inference.InferenceOptions;
import seqstream.trigger.SpokenActivates;

/** Streams without Kafka: chunking, gaps, repeats, the bound, eviction and chimes, on the committed bundle. */
class LiveStreamsTest {
    private static final Path BUNDLE = Path.of(System.getProperty("seqstream.root", "../..")).resolve("models/trigger");
    private static TriggerScorer scorer;
    private static SpokenActivates.Recording recording;

    @BeforeAll
    static void load() throws Exception {
        recording = SpokenActivates.recording(8, 1.0, 4.5);
        scorer = TriggerScorer.load(BUNDLE, new InferenceOptions(Device.CPU, 1), new SimpleMeterRegistry());
    }

    @AfterAll
    static void close() {
        if (scorer != null) {
            scorer.close();
        }
    }

    private static LiveStreams streams(int maxOpen, boolean chime) {
        Audio sound = chime ? new Audio(Chime.synthesize(Audio.MODEL_RATE), Audio.MODEL_RATE) : null;
        return new LiveStreams(scorer, maxOpen, Duration.ofSeconds(60), new ChimeTracks(sound), new SimpleMeterRegistry());
    }

    /** The recording cut into chunks of {@code samples}, as one stream's chunks from seq 0, the last one final. */
    static List<AudioChunk> chunks(String stream, Audio audio, int samples) {
        List<AudioChunk> chunks = new ArrayList<>();
        float[] all = audio.samples();
        for (int at = 0, seq = 0; at < all.length; at += samples, seq++) {
            float[] piece = Arrays.copyOfRange(all, at, Math.min(all.length, at + samples));
            chunks.add(new AudioChunk(stream, audio.sampleRate(), seq, at + samples >= all.length, Pcm16.encode(piece)));
        }
        return chunks;
    }

    private static List<TriggerDetection> feedOneByOne(LiveStreams streams, List<AudioChunk> chunks) {
        List<TriggerDetection> detections = new ArrayList<>();
        for (AudioChunk chunk : chunks) {
            detections.addAll(streams.accept(List.of(chunk), 0).detections());
        }
        return detections;
    }

    @Test
    void hearsEachActivateOnceJustAfterItEndsWhateverTheChunkSize() {
        List<TriggerDetection> tenths = feedOneByOne(streams(10, false), chunks("a", recording.audio(), 1_600));
        List<TriggerDetection> odd = feedOneByOne(streams(10, false), chunks("a", recording.audio(), 1_234));
        assertThat(tenths).hasSize(recording.ends().size());
        for (int i = 0; i < tenths.size(); i++) {
            assertThat(tenths.get(i).endMs() / 1000.0).isCloseTo(recording.ends().get(i), within(0.75));
            assertThat(odd.get(i).endMs()).isEqualTo(tenths.get(i).endMs());
            assertThat(odd.get(i).score()).isCloseTo(tenths.get(i).score(), within(1e-4));
            assertThat(tenths.get(i).model()).startsWith("trigger@");
        }
    }

    @Test
    void anyInputRateIsHeardAlike() {
        Audio at44k = recording.audio().resampledTo(44_100);
        List<TriggerDetection> detections = feedOneByOne(streams(10, false), chunks("b", at44k, 4_410));
        assertThat(detections).hasSize(recording.ends().size());
        assertThat(detections.getFirst().endMs() / 1000.0).isCloseTo(recording.ends().getFirst(), within(0.75));
    }

    @Test
    void aRepeatedChunkIsIgnoredAndAGapRestartsTheStreamWithoutStoppingTheClock() {
        List<AudioChunk> chunks = chunks("c", recording.audio(), 1_600);
        List<AudioChunk> repeated = new ArrayList<>();
        for (AudioChunk chunk : chunks) {
            repeated.add(chunk);
            repeated.add(chunk);
        }
        List<TriggerDetection> clean = feedOneByOne(streams(10, false), chunks);
        assertThat(feedOneByOne(streams(10, false), repeated)).isEqualTo(clean);

        // Chunks 5-9 (0.5-1.0 s) lost: the state restarts, later times still count from the stream's start.
        List<AudioChunk> gapped = new ArrayList<>(chunks.subList(0, 5));
        gapped.addAll(chunks.subList(10, chunks.size()));
        List<TriggerDetection> afterGap = feedOneByOne(streams(10, false), gapped);
        assertThat(afterGap.getLast().endMs()).isCloseTo(clean.getLast().endMs() - 500, within(80L));
    }

    @Test
    void streamsOverTheBoundAreRefusedUntilOneEnds() {
        LiveStreams streams = streams(2, false);
        byte[] tenth = new byte[3_200];
        LiveStreams.Outcome first = streams.accept(List.of(new AudioChunk("s1", 16_000, 0, false, tenth),
                new AudioChunk("s2", 16_000, 0, false, tenth), new AudioChunk("s3", 16_000, 0, false, tenth)), 0);
        assertThat(first.refused()).singleElement().satisfies(r -> {
            assertThat(r.index()).isEqualTo(2);
            assertThat(r.reason()).contains("too many open streams").contains("at most 2");
        });
        streams.accept(List.of(new AudioChunk("s1", 16_000, 1, true, tenth)), 0);
        assertThat(streams.openStreams()).isEqualTo(1);
        assertThat(streams.accept(List.of(new AudioChunk("s3", 16_000, 0, false, tenth)), 0).refused()).isEmpty();
    }

    @Test
    void idleStreamsAreClosed() {
        LiveStreams streams = streams(10, false);
        streams.accept(List.of(new AudioChunk("idle", 16_000, 0, false, new byte[3_200])), 0);
        streams.accept(List.of(new AudioChunk("busy", 16_000, 0, false, new byte[3_200])), Duration.ofSeconds(50).toNanos());
        assertThat(streams.openStreams()).isEqualTo(2);
        streams.accept(List.of(new AudioChunk("busy", 16_000, 1, false, new byte[3_200])), Duration.ofSeconds(61).toNanos());
        assertThat(streams.openStreams()).isEqualTo(1);
    }

    @Test
    void chimedAudioIsTheInputWithAChimeAfterEachDetection() {
        LiveStreams streams = streams(10, true);
        List<AudioChunk> chunks = chunks("d", recording.audio(), 1_600);
        List<float[]> chimed = new ArrayList<>();
        List<TriggerDetection> detections = new ArrayList<>();
        for (AudioChunk chunk : chunks) {
            LiveStreams.Outcome outcome = streams.accept(List.of(chunk), 0);
            detections.addAll(outcome.detections());
            assertThat(outcome.chimed()).singleElement().satisfies(c -> {
                assertThat(c.seq()).isEqualTo(chunk.seq());
                assertThat(c.samples()).isEqualTo(chunk.samples());
            });
            chimed.add(Pcm16.decode(outcome.chimed().getFirst().pcm()));
        }
        assertThat(detections).isNotEmpty();
        int chunkAfter = (int) (detections.getFirst().endMs() / 100) + 1;
        double added = energy(chimed.get(chunkAfter)) - energy(Pcm16.decode(chunks.get(chunkAfter).pcm()));
        assertThat(added).isGreaterThan(1.0);
        assertThat(energy(chimed.get(5))).isCloseTo(energy(Pcm16.decode(chunks.get(5).pcm())), within(1e-3));
    }

    private static double energy(float[] samples) {
        double sum = 0;
        for (float v : samples) {
            sum += v * v;
        }
        return sum;
    }
}
