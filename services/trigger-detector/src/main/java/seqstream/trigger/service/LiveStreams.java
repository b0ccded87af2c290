package seqstream.trigger.service;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import seqstream.audio.Pcm16;
import seqstream.audio.trigger.AudioStream;
import seqstream.audio.trigger.Detector;
import seqstream.audio.trigger.TriggerScorer;
import seqstream.contracts.AudioChunk;
import seqstream.contracts.TriggerDetection;

/**
 * Every open stream, and what a batch of chunks does to them: each chunk goes into its stream's front
 * end (in order; a repeated {@code seq} is ignored, a gap restarts the stream's state), then every stream
 * with new audio is scored together, detections are made, chimes rung and mixed, and finished, idle or
 * surplus streams are let go. Not thread-safe: one batch at a time.
 */
public final class LiveStreams implements AutoCloseable {
    /** A chunk that was not taken (by its position in the batch), and why. */
    public record Refusal(int index, String reason) {
    }

    /** What a batch produced: refusals, detections (in stream time order per stream), and chimed chunks. */
    public record Outcome(List<Refusal> refused, List<TriggerDetection> detections, List<AudioChunk> chimed) {
    }

    /** A chunk taken into its stream, kept until the batch is scored so its chimes can be mixed in. */
    private record Taken(AudioChunk chunk, LiveStream stream, float[] samples, long start) {
    }

    private final TriggerScorer scorer;
    private final int maxOpen;
    private final long idleNanos;
    private final ChimeTracks chimes;
    private final Map<String, LiveStream> open = new LinkedHashMap<>();
    private final Counter gaps;
    private final Counter rateChanges;
    private final Counter repeats;
    private final Counter evicted;
    private final Counter refusedOverBound;
    private final Counter detectionsMade;
    private final Counter audioSeconds;

    public LiveStreams(TriggerScorer scorer, int maxOpen, Duration idleTimeout, ChimeTracks chimes, MeterRegistry registry) {
        this.scorer = scorer;
        this.maxOpen = maxOpen;
        this.idleNanos = idleTimeout.toNanos();
        this.chimes = chimes;
        Gauge.builder("seqstream.trigger.streams.open", open, Map::size).register(registry);
        this.gaps = Counter.builder("seqstream.trigger.stream.restarts").tag("reason", "seq-gap").register(registry);
        this.rateChanges = Counter.builder("seqstream.trigger.stream.restarts").tag("reason", "sample-rate-change").register(registry);
        this.repeats = Counter.builder("seqstream.trigger.chunks.repeated").register(registry);
        this.evicted = Counter.builder("seqstream.trigger.streams.evicted").register(registry);
        this.refusedOverBound = Counter.builder("seqstream.trigger.streams.refused").register(registry);
        this.detectionsMade = Counter.builder("seqstream.trigger.detections").register(registry);
        this.audioSeconds = Counter.builder("seqstream.trigger.audio.seconds").register(registry);
    }

    public Outcome accept(List<AudioChunk> chunks, long nowNanos) {
        evictIdle(nowNanos);
        List<Refusal> refused = new ArrayList<>();
        List<Taken> taken = new ArrayList<>();
        Set<LiveStream> fed = new LinkedHashSet<>();
        for (int i = 0; i < chunks.size(); i++) {
            AudioChunk chunk = chunks.get(i);
            LiveStream stream = open.get(chunk.streamId());
            if (stream == null) {
                if (open.size() >= maxOpen) {
                    refusedOverBound.increment();
                    refused.add(new Refusal(i, "too many open streams: this detector holds at most " + maxOpen
                            + "; end streams with a 'final: true' chunk, or wait for idle ones to close"));
                    continue;
                }
                stream = new LiveStream(chunk.streamId(), chunk.sampleRate(), chunk.seq(), scorer.threshold(), chimes);
                open.put(chunk.streamId(), stream);
            }
            if (chunk.seq() < stream.nextSeq) {
                repeats.increment();
                continue;
            }
            if (chunk.seq() > stream.nextSeq) {
                gaps.increment();
                stream.restart(chunk.sampleRate());
            } else if (chunk.sampleRate() != stream.sampleRate) {
                rateChanges.increment();
                stream.restart(chunk.sampleRate());
            }
            float[] samples = Pcm16.decode(chunk.pcm());
            stream.audio.accept(samples);
            taken.add(new Taken(chunk, stream, samples, stream.samples));
            stream.samples += samples.length;
            stream.nextSeq = chunk.seq() + 1;
            stream.lastActiveNanos = nowNanos;
            audioSeconds.increment((double) samples.length / chunk.sampleRate());
            fed.add(stream);
        }
        List<TriggerDetection> detections = score(new ArrayList<>(fed));
        List<AudioChunk> chimed = new ArrayList<>();
        for (Taken t : taken) {
            if (t.stream().chime != null) {
                chimed.add(new AudioChunk(t.chunk().streamId(), t.chunk().sampleRate(), t.chunk().seq(), t.chunk().last(),
                        Pcm16.encode(t.stream().chime.mix(t.samples(), t.start()))));
            }
            if (t.chunk().last()) {
                open.remove(t.chunk().streamId());
            }
        }
        return new Outcome(refused, detections, chimed);
    }

    /** One scoring pass over every stream with new audio, then each stream's detections, and its chimes rung. */
    private List<TriggerDetection> score(List<LiveStream> streams) {
        List<AudioStream> audio = streams.stream().map(s -> s.audio).toList();
        long[] firstStep = audio.stream().mapToLong(AudioStream::stepsScored).toArray();
        List<float[]> scores = scorer.score(audio);
        List<TriggerDetection> detections = new ArrayList<>();
        for (int i = 0; i < streams.size(); i++) {
            LiveStream stream = streams.get(i);
            for (Detector.Detection d : stream.detector.accept(firstStep[i], scores.get(i))) {
                detections.add(new TriggerDetection(stream.id, Math.round((stream.secondsBefore + d.seconds()) * 1000),
                        d.score(), scorer.modelId()));
                if (stream.chime != null) {
                    stream.chime.ring(Math.round(d.seconds() * stream.sampleRate));
                }
            }
        }
        detectionsMade.increment(detections.size());
        return detections;
    }

    private void evictIdle(long nowNanos) {
        int before = open.size();
        open.values().removeIf(s -> nowNanos - s.lastActiveNanos > idleNanos);
        evicted.increment(before - open.size());
    }

    public int openStreams() {
        return open.size();
    }

    public TriggerScorer scorer() {
        return scorer;
    }

    @Override
    public void close() {
        scorer.close();
    }
}
