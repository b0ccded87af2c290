package seqstream.bench;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.function.IntFunction;
import java.util.function.Supplier;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeader;
import seqstream.audio.Audio;
import seqstream.audio.Pcm16;
import seqstream.contracts.AudioChunk;
import seqstream.contracts.DateRequest;
import seqstream.contracts.EmbeddingRequest;
import seqstream.contracts.JazzRequest;
import seqstream.contracts.NameRequest;
import seqstream.contracts.TextMessage;
import seqstream.contracts.Topics;

/**
 * Each service's benchmark requests: the kind of request a user sends, cycled. Every call makes a fresh
 * session (a new id prefix, new audio streams), so runs never answer each other's requests.
 */
public final class Workloads {
    /** Streams the trigger detector is fed at once: chunk i belongs to stream i % STREAMS. */
    public static final int STREAMS = 100;

    static final List<String> SENTENCES = List.of("I love you", "lets play baseball", "I am so happy for you",
            "this is the worst day of my life", "lets have dinner together", "she got me a nice present",
            "he did not answer my text", "the food here is delicious", "what a great game", "I miss her so much");
    static final List<String> WORDS = List.of("king", "queen", "paris", "computer", "music", "river", "doctor", "happy",
            "france", "baseball", "ice", "science", "green", "walk", "teacher", "coffee");

    private Workloads() {
    }

    /** Every service's workload, in the order of the report; each get() starts a fresh session. */
    public static final List<Supplier<Workload>> ALL = List.of(Workloads::dates, Workloads::names, Workloads::emojify,
            Workloads::vectors, Workloads::jazz, Workloads::trigger);

    /** The workload of one service (a folder under services/). */
    public static Supplier<Workload> of(String service) {
        return ALL.stream().filter(w -> w.get().service().equals(service)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no workload for a service named '" + service + "'"));
    }

    public static Workload dates() {
        String session = session();
        return json("date-translator", "dates", 20_000, Topics.DATES_RAW, Topics.DATES_ISO,
                i -> new DateRequest(session + i, DatesBenchmark.DATES.get(i % DatesBenchmark.DATES.size()), false).toJson(), session);
    }

    /** Four names a request. */
    public static Workload names() {
        String session = session();
        return json("name-generator", "requests (4 names)", 10_000, Topics.NAMES_REQUESTS, Topics.NAMES_GENERATED,
                i -> new NameRequest(session + i, 4, 1.0, (long) i, "").toJson(), session);
    }

    public static Workload emojify() {
        String session = session();
        return json("emojifier", "sentences", 20_000, Topics.TEXT_MESSAGES, Topics.TEXT_EMOJIFIED,
                i -> new TextMessage(session + i, SENTENCES.get(i % SENTENCES.size())).toJson(), session);
    }

    /** Exact top-10 neighbours of a word over all words. */
    public static Workload vectors() {
        String session = session();
        return json("embedding-lookup", "top-10 queries", 4_000, Topics.EMBEDDINGS_REQUESTS, Topics.EMBEDDINGS_RESULTS,
                i -> new EmbeddingRequest(session + i, "neighbors", List.of(WORDS.get(i % WORDS.size())), 10, null).toJson(), session);
    }

    /** A minute of music a request, as MIDI. */
    public static Workload jazz() {
        String session = session();
        return json("jazz-generator", "60 s solos", 2_000, Topics.JAZZ_REQUESTS, Topics.JAZZ_GENERATED,
                i -> new JazzRequest(session + i, JazzBenchmark.SOLO_SECONDS, 1.0, (long) i, 130).toJson(), session);
    }

    /** {@link #STREAMS} streams of noise-like audio in 100 ms chunks, 100 chunks each to a burst. */
    public static Workload trigger() {
        return trigger(STREAMS, TriggerBenchmark.CHUNK, 100);
    }

    /**
     * {@code streams} streams of noise-like audio in chunks of {@code chunkSamples} at 16 kHz, chunk i going to
     * stream i % streams; a burst is {@code chunksPerStream} chunks of each. A chunk is answered by its chimed copy.
     */
    public static Workload trigger(int streams, int chunkSamples, int chunksPerStream) {
        String session = session();
        byte[][] chunks = new byte[50][];
        float[] audio = TriggerBenchmark.audio(chunks.length * chunkSamples, 4);
        for (int c = 0; c < chunks.length; c++) {
            chunks[c] = Pcm16.encode(Arrays.copyOfRange(audio, c * chunkSamples, (c + 1) * chunkSamples));
        }
        String unit = Math.round(chunkSamples * 1000.0 / Audio.MODEL_RATE) + " ms chunks";
        return new Workload("trigger-detector", unit, Topics.AUDIO_CHUNKS, Topics.AUDIO_CHIMED, i -> {
            int seq = i / streams;
            AudioChunk chunk = new AudioChunk(session + (i % streams), Audio.MODEL_RATE, seq, false, chunks[seq % chunks.length]);
            ProducerRecord<String, byte[]> record = new ProducerRecord<>(Topics.AUDIO_CHUNKS, chunk.streamId(), chunk.pcm());
            chunk.headers().forEach((name, value) -> record.headers().add(new RecordHeader(name, value)));
            return record;
        }, Workloads::chunkId, streams * chunksPerStream);
    }

    /** An audio chunk's identity, on audio.chunks and on its chimed copy: the stream id and the sequence number. */
    private static String chunkId(String streamId, Headers headers) {
        var seq = headers.lastHeader(AudioChunk.SEQ);
        return seq == null ? null : streamId + "#" + new String(seq.value(), StandardCharsets.UTF_8);
    }

    private static Workload json(String service, String unit, int burst, String input, String output, IntFunction<String> json,
            String session) {
        return new Workload(service, unit, input, output,
                i -> new ProducerRecord<>(input, session + i, json.apply(i).getBytes(StandardCharsets.UTF_8)), (key, headers) -> key, burst);
    }

    private static String session() {
        return UUID.randomUUID().toString().substring(0, 8) + "-";
    }
}
