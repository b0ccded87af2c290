package seqstream.console.live;

import io.quarkus.websockets.next.OnBinaryMessage;
import io.quarkus.websockets.next.OnClose;
import io.quarkus.websockets.next.OnOpen;
import io.quarkus.websockets.next.WebSocket;
import io.quarkus.websockets.next.WebSocketConnection;
import io.vertx.core.buffer.Buffer;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import seqstream.audio.Audio;
import seqstream.console.service.KafkaGateway;
import seqstream.contracts.AudioChunk;
import seqstream.contracts.Json;
import seqstream.contracts.Topics;
import seqstream.contracts.TriggerDetection;

/**
 * The microphone panel: the page sends 16 kHz PCM16 mono chunks over this socket; each goes to audio.chunks
 * as the next chunk of the connection's own stream, and the detector's detections (or refusals) come back
 * over the socket as {"endMs", "score"} (or {"error"}). Closing the socket ends the stream.
 */
@WebSocket(path = "/api/trigger/live")
public class LiveTriggerSocket {
    /** A connection's stream: its id (the record key) and the next chunk's number. */
    private record Stream(String id, AtomicInteger seq) {
    }

    private final KafkaGateway kafka;
    private final Map<String, Stream> streams = new ConcurrentHashMap<>();

    public LiveTriggerSocket(KafkaGateway kafka) {
        this.kafka = kafka;
    }

    @OnOpen
    public String open(WebSocketConnection connection) {
        Stream stream = new Stream(kafka.nextKey("mic"), new AtomicInteger());
        streams.put(connection.id(), stream);
        kafka.listen(stream.id(), record -> {
            if (record.topic().equals(Topics.AUDIO_CHIMED) || !connection.isOpen()) {
                return; // the page plays the chime itself, the moment a detection arrives
            }
            if (record.topic().equals(Topics.TRIGGER_DETECTIONS)) {
                TriggerDetection d = TriggerDetection.fromJson(new String(record.value(), StandardCharsets.UTF_8));
                connection.sendTextAndAwait(Json.write(Map.of("endMs", d.endMs(), "score", d.score())));
            } else {
                connection.sendTextAndAwait(Json.write(Map.of("error", KafkaGateway.reason(record))));
            }
        });
        return Json.write(Map.of("streamId", stream.id(), "sampleRate", Audio.MODEL_RATE));
    }

    @OnBinaryMessage
    public void audio(WebSocketConnection connection, Buffer pcm) {
        Stream stream = streams.get(connection.id());
        if (stream != null) {
            send(stream, pcm.getBytes(), false);
        }
    }

    @OnClose
    public void close(WebSocketConnection connection) {
        Stream stream = streams.remove(connection.id());
        if (stream != null) {
            send(stream, new byte[0], true);
            kafka.forget(stream.id());
        }
    }

    private void send(Stream stream, byte[] pcm, boolean last) {
        kafka.send(new AudioChunk(stream.id(), Audio.MODEL_RATE, stream.seq().getAndIncrement(), last, pcm));
    }
}
