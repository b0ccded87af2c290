package seqstream.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import seqstream.contracts.JazzRequest;
import seqstream.contracts.JazzResult;
import seqstream.contracts.Topics;
import seqstream.music.JazzMidi;
import seqstream.music.JazzSampler;
import seqstream.music.Solo;
import seqstream.music.SoloSpec;
import seqstream.music.WavRenderer;

/** {@code seqctl jazz}: an improvised solo over the corpus's chords, as MIDI (and WAV). */
@Command(name = "jazz", mixinStandardHelpOptions = true,
        description = {"Improvise a jazz solo over the chords of the course's piece and write it as MIDI (solo + chords),",
            "and with --wav as audio rendered by the JDK's synthesizer. The same --seed gives the same music;",
            "without one, the seed used is printed to stderr."})
final class JazzCommand implements Callable<Integer> {
    @Option(names = "--seconds", defaultValue = "30", description = "Length of the music, 5-300 (default: ${DEFAULT-VALUE}).")
    double seconds;

    @Option(names = "--seed", description = "Random seed: the same seed gives the same music.")
    Long seed;

    @Option(names = "--temperature", defaultValue = "1.0",
            description = "0.1-2.0: lower plays safer, higher wilder (default: ${DEFAULT-VALUE}).")
    double temperature;

    @Option(names = "--tempo", defaultValue = "130", description = "Beats per minute, 60-240 (default: ${DEFAULT-VALUE}).")
    int tempo;

    @Option(names = "--out", required = true, description = "The MIDI file to write.")
    Path out;

    @Option(names = "--wav", description = "Also write the music as a WAV file (44.1 kHz stereo).")
    Path wav;

    @Mixin
    RemoteOptions remote;

    @Mixin
    ModelOptions model;

    @Override
    public Integer call() throws IOException {
        long chosenSeed = seed != null ? seed : new SecureRandom().nextLong();
        JazzRequest request = new JazzRequest("cli", seconds, temperature, chosenSeed, tempo); // the service's own checks
        byte[] midi = remote.remote ? remote(request) : inProcess(request);
        Files.write(out, midi);
        System.out.println("wrote " + out);
        if (wav != null) {
            Files.write(wav, WavRenderer.render(midi));
            System.out.println("wrote " + wav);
        }
        if (seed == null) {
            System.err.println("seed " + chosenSeed);
        }
        return 0;
    }

    private byte[] inProcess(JazzRequest request) {
        try (JazzSampler sampler = JazzSampler.load(model.bundle(JazzSampler.MODEL_NAME), model.inference(), ModelOptions.registry())) {
            Solo solo = sampler.improvise(List.of(new SoloSpec(request.seconds(), request.temperature(), request.seed(), request.tempo())))
                    .getFirst();
            return JazzMidi.write(solo);
        }
    }

    private byte[] remote(JazzRequest request) {
        try (KafkaRequests kafka = new KafkaRequests(remote.bootstrapServers, Topics.JAZZ_REQUESTS, Topics.JAZZ_GENERATED,
                remote.timeoutSeconds)) {
            String id = kafka.nextKey();
            JazzRequest keyed = new JazzRequest(id, request.seconds(), request.temperature(), request.seed(), request.tempo());
            KafkaRequests.Reply reply = kafka.call(Map.of(id, keyed.toJson())).getFirst();
            if (reply.refusal() != null) {
                throw new IllegalArgumentException("the service refused the request: " + reply.refusal());
            }
            return JazzResult.fromJson(reply.json()).midiBytes();
        }
    }
}
