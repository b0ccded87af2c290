package seqstream.trigger.rest;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import seqstream.audio.Audio;
import seqstream.audio.WavFiles;
import seqstream.contracts.AudioChunk;
import seqstream.contracts.InvalidMessageException;
import seqstream.trigger.service.TriggerDetectorService;

/** A whole recording, answered synchronously: the Kafka flow's detections for a WAV file. */
@Path("/trigger")
@Produces(MediaType.APPLICATION_JSON)
public class TriggerResource {
    /** 10 minutes of 48 kHz stereo 16-bit audio; longer recordings belong on the stream topic. */
    static final int MAX_BYTES = 10 * 60 * 48_000 * 4;

    private final TriggerDetectorService service;

    public TriggerResource(TriggerDetectorService service) {
        this.service = service;
    }

    public record Detection(long endMs, double score) {
    }

    public record Detections(String model, double seconds, List<Detection> detections) {
    }

    @POST
    @Path("/detect")
    @Consumes({"audio/wav", "audio/x-wav", "audio/wave", MediaType.APPLICATION_OCTET_STREAM})
    @Operation(summary = "Every \"activate\" in a WAV file (PCM 8-32 bit or float, any rate, mono or stereo)")
    public Detections detect(byte[] wav) {
        String model = service.modelId(); // 503 with the reason when the model did not load
        if (wav == null || wav.length == 0) {
            throw new InvalidMessageException("empty body: send a WAV file");
        }
        if (wav.length > MAX_BYTES) {
            throw new InvalidMessageException("the file is " + wav.length + " bytes; at most " + MAX_BYTES
                    + " here (stream longer audio into audio.chunks)");
        }
        Audio audio;
        try {
            audio = WavFiles.read(new ByteArrayInputStream(wav), "the request body");
        } catch (IOException e) {
            throw new InvalidMessageException(e.getMessage());
        }
        if (audio.sampleRate() < AudioChunk.MIN_SAMPLE_RATE || audio.sampleRate() > AudioChunk.MAX_SAMPLE_RATE) {
            throw new InvalidMessageException("unsupported sample rate " + audio.sampleRate() + " Hz: expected "
                    + AudioChunk.MIN_SAMPLE_RATE + " to " + AudioChunk.MAX_SAMPLE_RATE);
        }
        List<Detection> detections = service.detect(audio).stream()
                .map(d -> new Detection(Math.round(d.seconds() * 1000), d.score())).toList();
        return new Detections(model, audio.seconds(), detections);
    }
}
