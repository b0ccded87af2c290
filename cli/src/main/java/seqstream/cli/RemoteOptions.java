package seqstream.cli;

import picocli.CommandLine.Option;

/** How a model command reaches the running stack instead of running the model itself. */
final class RemoteOptions {
    @Option(names = "--remote", description = "Go through Kafka to the running stack (./seqctl up).")
    boolean remote;

    @Option(names = "--bootstrap-servers", defaultValue = "localhost:9092",
            description = "Kafka for --remote (default: ${DEFAULT-VALUE}).")
    String bootstrapServers;

    @Option(names = "--timeout", defaultValue = "60", description = "Seconds --remote waits for answers.")
    int timeoutSeconds;
}
