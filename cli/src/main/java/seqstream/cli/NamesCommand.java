package seqstream.cli;

import java.security.SecureRandom;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import seqstream.contracts.NameRequest;
import seqstream.contracts.NamesResult;
import seqstream.contracts.Topics;
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

    @Mixin
    RemoteOptions remote;

    @Mixin
    ModelOptions model;

    @Override
    public Integer call() {
        long chosenSeed = seed != null ? seed : new SecureRandom().nextLong();
        NameRequest request = new NameRequest("cli", count, temperature, chosenSeed, prefix); // the service's own checks
        List<String> names = remote.remote ? remote(request) : inProcess(request);
        names.forEach(System.out::println);
        if (seed == null) {
            System.err.println("seed " + chosenSeed);
        }
        return 0;
    }

    private List<String> inProcess(NameRequest request) {
        try (NameSampler sampler = NameSampler.load(model.bundle(NameSampler.MODEL_NAME), model.inference(),
                ModelOptions.registry())) {
            return sampler.sample(List.of(new NameSpec(request.count(), request.temperature(), request.seed(),
                    request.prefix() == null ? "" : request.prefix()))).getFirst();
        }
    }

    private List<String> remote(NameRequest request) {
        try (KafkaRequests kafka = new KafkaRequests(remote.bootstrapServers, Topics.NAMES_REQUESTS, Topics.NAMES_GENERATED,
                remote.timeoutSeconds)) {
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
