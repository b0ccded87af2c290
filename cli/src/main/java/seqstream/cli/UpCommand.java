package seqstream.cli;

import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code seqctl up}: the embedded broker and every service on this machine, until Ctrl-C. */
@Command(name = "up", mixinStandardHelpOptions = true,
        description = "Start the embedded Kafka broker and every service on this machine; Ctrl-C stops them all.")
final class UpCommand implements Callable<Integer> {
    @Option(names = "--kafka-port", defaultValue = "9092", description = "Kafka's port (default: ${DEFAULT-VALUE}).")
    int kafkaPort;

    @Option(names = "--partitions", defaultValue = "3", description = "Partitions of each topic (default: ${DEFAULT-VALUE}).")
    int partitions;

    @Override
    public Integer call() throws Exception {
        LocalStack stack = LocalStack.start(kafkaPort, partitions, false, System.out);
        stack.describe(StatusCommand.defaultStackFile());
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            System.out.println("stopping ...");
            stack.close();
            try {
                java.nio.file.Files.deleteIfExists(StatusCommand.defaultStackFile());
            } catch (java.io.IOException e) {
                System.err.println("could not remove " + StatusCommand.defaultStackFile() + ": " + e.getMessage());
            }
            System.out.println("stopped");
            stopped.countDown();
        }, "seqctl-down"));
        System.out.println("ready: open " + stack.url(LocalService.CONSOLE) + " (the console: every model in one page)");
        System.out.println("   or try  echo 'Saturday May 9 2018' | ./seqctl dates --remote");
        System.out.println("       or  echo 'food is life' | ./seqctl emojify --remote;  ./seqctl vectors analogy man woman king --remote");
        System.out.println("./seqctl status shows health, topics and lag; logs are in target/logs/ (Ctrl-C stops everything)");
        stopped.await();
        return 0;
    }
}
