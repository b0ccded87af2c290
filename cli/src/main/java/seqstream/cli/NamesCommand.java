package seqstream.cli;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import seqstream.contracts.NameRequest;
import seqstream.contracts.NamesResult;
import seqstream.contracts.Topics;
import seqstream.inference.Device;
import seqstream.inference.InferenceOptions;
import seqstream.text.names.NameSampler;
import seqstream.text.names.NameSpec;

/** {@code seqctl names}: new dinosaur names, one a line. */
@Command(name = "names", mixinStandardHelpOptions = true,
        description = {"Invent dinosaur names, one a line. The same --seed gives the same names;",
            "without one, the seed used is printed to stderr."})
final class NamesCommand implements Callable<Integer> {
    @Option(names = "--count", defaultValue = "10", description = "How many (1-1000, default: ${DEFAULT-VALUE}).")
    int count;

    @Option(names = "--seed", description = "Random seed: the same seed gives the same names.")
    Long seed;

    @Option(names = "--temperature", defaultValue = "1.0",
            description = "0.1-2.0: lower is safer, higher is wilder (default: ${DEFAULT-VALUE}).")
    double temperature;

    @Option(names = "--prefix", description = "Every name starts with this, e.g. Tyr.")
    String prefix;

    @Option(names = "--remote", description = "Ask the running stack through Kafka (./seqctl up).")
    boolean remote;

    @Option(names = "--bootstrap-servers", defaultValue = "localhost:9092",
            description = "Kafka for --remote (default: ${DEFAULT-VALUE}).")
    String bootstrapServers;

    @Option(names = "--timeout", defaultValue = "60", description = "Seconds --remote waits for the answer.")
    int timeoutSeconds;

    @Option(names = "--bundle", description = "The names bundle (default: models/names).")
    Path bundle;

    @Option(names = "--device", defaultValue = "auto", description = "auto, cpu or cuda.")
    String device;

    @Override
    public Integer call() {
        long chosenSeed = seed != null ? seed : new SecureRandom().nextLong();
        NameRequest request = new NameRequest("cli", count, temperature, chosenSeed, prefix); // the service's own checks
        List<String> names = remote ? remote(request) : inProcess(request);
        names.forEach(System.out::println);
        if (seed == null) {
            System.err.println("seed " + chosenSeed);
        }
        return 0;
    }

    private List<String> inProcess(NameRequest request) {
        try (NameSampler sampler = NameSampler.load(bundle != null ? bundle : Paths.bundle(NameSampler.MODEL_NAME),
                new InferenceOptions(Device.parse(device), 0), new SimpleMeterRegistry())) {
            return sampler.sample(List.of(new NameSpec(request.count(), request.temperature(), request.seed(),
                    request.prefix() == null ? "" : request.prefix()))).getFirst();
        }
    }

    private List<String> remote(NameRequest request) {
        try (KafkaRequests kafka = new KafkaRequests(bootstrapServers, Topics.NAMES_REQUESTS, Topics.NAMES_GENERATED,
                timeoutSeconds)) {
            String id = kafka.nextKey();
            NameRequest keyed = new NameRequest(id, request.count(), request.temperature(), request.seed(), request.prefix());
            KafkaRequests.Reply reply = kafka.call(Map.of(id, keyed.toJson())).getFirst();
            if (reply.refusal() != null) {
                throw new IllegalArgumentException("the service refused the request: " + reply.refusal());
            }
            return NamesResult.fromJson(reply.json()).names();
        }
    }
}
