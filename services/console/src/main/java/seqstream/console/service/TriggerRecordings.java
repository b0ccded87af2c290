package seqstream.console.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import seqstream.audio.Audio;
import seqstream.audio.LogMelFeatures;
import seqstream.audio.Pcm16;
import seqstream.audio.WavFiles;
import seqstream.console.config.ConsoleConfig;
import seqstream.contracts.AudioChunk;
import seqstream.contracts.InvalidMessageException;
import seqstream.contracts.Topics;
import seqstream.contracts.TriggerDetection;

/**
 * An uploaded recording through the trigger detector: streamed into audio.chunks in 100 ms chunks as a
 * stream of its own, its detections collected until the detector hands back the final chunk (on
 * audio.chimed), and its log-mel spectrogram (the detector's own front end) for the page to draw.
 */
@ApplicationScoped
public class TriggerRecordings {
    static final int CHUNK_MS = 100;
    /** Longer recordings are refused: the page is for trying the detector, not for batch jobs. */
    static final double MAX_SECONDS = 60;
    /** The page draws at most this many spectrogram columns; longer recordings are pooled to fit. */
    static final int MAX_COLUMNS = 600;

    /** What the detector heard in a recording. */
    public record Heard(String streamId, double seconds, List<Detection> detections, Spectrogram spectrogram) {
    }

    public record Detection(long endMs, double score) {
    }

    /** Log-mel bands (rows, low to high) by columns of {@code columnMs} each. */
    public record Spectrogram(int bands, double columnMs, float[][] columns) {
    }

    private final KafkaGateway kafka;
    private final ConsoleConfig config;

    public TriggerRecordings(KafkaGateway kafka, ConsoleConfig config) {
        this.kafka = kafka;
        this.config = config;
    }

    public Heard listen(byte[] wav) {
        Audio audio;
        try {
            audio = WavFiles.read(new ByteArrayInputStream(wav == null ? new byte[0] : wav), "the upload");
        } catch (IOException e) {
            throw new InvalidMessageException(e.getMessage());
        }
        double seconds = audio.samples().length / (double) audio.sampleRate();
        if (seconds > MAX_SECONDS) {
            throw new InvalidMessageException("the recording lasts " + Math.round(seconds) + " s; at most " + (int) MAX_SECONDS
                    + " s are accepted here (stream longer audio with ./seqctl stream)");
        }
        String id = kafka.nextKey("recording");
        List<Detection> detections = new ArrayList<>();
        CountDownLatch finished = new CountDownLatch(1);
        AtomicReference<String> refusal = new AtomicReference<>();
        kafka.listen(id, record -> {
            switch (record.topic()) {
                case Topics.TRIGGER_DETECTIONS -> {
                    TriggerDetection d = TriggerDetection.fromJson(new String(record.value(), StandardCharsets.UTF_8));
                    synchronized (detections) {
                        detections.add(new Detection(d.endMs(), d.score()));
                    }
                }
                case Topics.AUDIO_CHIMED -> {
                    if (record.headers().lastHeader(AudioChunk.FINAL) != null) {
                        finished.countDown();
                    }
                }
                default -> {
                    refusal.set(KafkaGateway.reason(record));
                    finished.countDown();
                }
            }
        });
        try {
            send(id, audio);
            if (!finished.await(config.streamTimeout().toMillis(), TimeUnit.MILLISECONDS)) {
                throw new NoReplyException("the trigger detector did not finish the recording within "
                        + config.streamTimeout().toSeconds() + " s: is it running (./seqctl status)?");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new NoReplyException("interrupted while waiting for the trigger detector");
        } finally {
            kafka.forget(id);
        }
        if (refusal.get() != null) {
            throw new RefusedException(refusal.get());
        }
        synchronized (detections) {
            return new Heard(id, seconds, List.copyOf(detections), spectrogram(audio));
        }
    }

    /** The recording as a stream: 100 ms chunks at its own rate, numbered, the last one marked final. */
    private void send(String id, Audio audio) {
        float[] samples = audio.samples();
        int size = Math.max(1, audio.sampleRate() * CHUNK_MS / 1000);
        int seq = 0;
        for (int at = 0; at < samples.length || seq == 0; at += size, seq++) {
            boolean last = at + size >= samples.length;
            kafka.send(new AudioChunk(id, audio.sampleRate(), seq, last,
                    Pcm16.encode(Arrays.copyOfRange(samples, at, Math.min(samples.length, at + size)))));
        }
    }

    /** The detector's front end over the whole recording, max-pooled in time to fit the page. */
    static Spectrogram spectrogram(Audio audio) {
        List<float[]> frames = new LogMelFeatures().process(audio.resampledTo(Audio.MODEL_RATE).samples());
        int pool = Math.max(1, (frames.size() + MAX_COLUMNS - 1) / MAX_COLUMNS);
        float[][] columns = new float[(frames.size() + pool - 1) / pool][LogMelFeatures.BANDS];
        for (int c = 0; c < columns.length; c++) {
            Arrays.fill(columns[c], Float.NEGATIVE_INFINITY);
            for (int f = c * pool; f < Math.min(frames.size(), (c + 1) * pool); f++) {
                for (int b = 0; b < LogMelFeatures.BANDS; b++) {
                    columns[c][b] = Math.max(columns[c][b], frames.get(f)[b]);
                }
            }
        }
        double frameMs = 1000.0 * LogMelFeatures.HOP / Audio.MODEL_RATE;
        return new Spectrogram(LogMelFeatures.BANDS, frameMs * pool, columns);
    }
}
