package seqstream.contracts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AudioChunkTest {

    private static Map<String, byte[]> headers(String... pairs) {
        Map<String, byte[]> headers = new HashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            headers.put(pairs[i], pairs[i + 1].getBytes(StandardCharsets.UTF_8));
        }
        return headers;
    }

    @Test
    void readsKeyHeadersAndSamples() {
        AudioChunk chunk = AudioChunk.fromRecord("mic-1", headers("sample-rate", "44100", "seq", "7"), new byte[8]);
        assertThat(chunk.streamId()).isEqualTo("mic-1");
        assertThat(chunk.sampleRate()).isEqualTo(44_100);
        assertThat(chunk.seq()).isEqualTo(7);
        assertThat(chunk.last()).isFalse();
        assertThat(chunk.samples()).isEqualTo(4);
        assertThat(AudioChunk.fromRecord("s", headers("sample-rate", "16000", "seq", "0", "final", "true"), null).last()).isTrue();
    }

    @Test
    void writesTheSameHeadersItWasReadFrom() {
        AudioChunk chunk = AudioChunk.fromRecord("s", headers("sample-rate", "8000", "seq", "3", "final", "true"), new byte[2]);
        AudioChunk again = AudioChunk.fromRecord("s", chunk.headers(), chunk.pcm());
        assertThat(again.sampleRate()).isEqualTo(8_000);
        assertThat(again.seq()).isEqualTo(3);
        assertThat(again.last()).isTrue();
    }

    @Test
    void refusesBadChunksAndSaysWhy() {
        assertThatThrownBy(() -> AudioChunk.fromRecord("s", headers("sample-rate", "16000", "seq", "0"), new byte[3]))
                .hasMessageContaining("odd byte count 3");
        assertThatThrownBy(() -> AudioChunk.fromRecord("s", headers("seq", "0"), new byte[2]))
                .hasMessageContaining("missing header 'sample-rate'");
        assertThatThrownBy(() -> AudioChunk.fromRecord("s", headers("sample-rate", "16000"), new byte[2]))
                .hasMessageContaining("missing header 'seq'");
        assertThatThrownBy(() -> AudioChunk.fromRecord("s", headers("sample-rate", "16k", "seq", "0"), new byte[2]))
                .hasMessageContaining("whole number");
        assertThatThrownBy(() -> AudioChunk.fromRecord("s", headers("sample-rate", "4000", "seq", "0"), new byte[2]))
                .hasMessageContaining("unsupported sample rate 4000");
        assertThatThrownBy(() -> AudioChunk.fromRecord("s", headers("sample-rate", "16000", "seq", "-1"), new byte[2]))
                .hasMessageContaining("'seq' must be 0 or more");
        assertThatThrownBy(() -> AudioChunk.fromRecord(null, headers("sample-rate", "16000", "seq", "0"), new byte[2]))
                .hasMessageContaining("missing stream id");
    }

    @Test
    void detectionsRoundTrip() {
        TriggerDetection detection = new TriggerDetection("mic-1", 5230, 0.97, "trigger v1");
        assertThat(TriggerDetection.fromJson(detection.toJson())).isEqualTo(detection);
        assertThat(detection.toJson()).contains("\"version\":1");
    }
}
