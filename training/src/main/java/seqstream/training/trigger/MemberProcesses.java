package seqstream.training.trigger;

import java.io.BufferedReader;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import seqstream.audio.LogMelFeatures;

/**
 * Trains the member models each in a JVM of its own, several at once. DJL's PyTorch engine lets one gradient
 * collector record at a time in a JVM (PtGradientCollector throws for a second), so members side by side need a
 * JVM each. Measured here on 2 cores: two GRU 256 members side by side took 50 s an epoch each, about what one
 * alone takes (47-54 s), so three members two at a time take about the longest one's time or the other two's
 * together, whichever is more, instead of all three's.
 *
 * <p>Each child synthesizes the training corpus from the settings' seed (the same voices, words and clips as every
 * other member), trains its member, and writes the band statistics, the weights and what happened (final loss,
 * restarts) to a file, which the parent loads into a model of the same shape. A child ends when its parent does:
 * it reads its standard input, and the parent holds the other end.
 */
final class MemberProcesses {
    private static final Pattern STACK_FRAME = Pattern.compile("^\\s+(at |\\.\\.\\. \\d+ more)");

    private MemberProcesses() {
    }

    /**
     * The settings' members, in order, each trained in a child JVM, {@code parallel} at a time (the most expensive
     * first); every child's output goes to {@code log}, each line headed by the member's name. A child that fails
     * stops the others and the run, saying which member failed and the last thing it printed.
     */
    static List<TriggerTraining.Member> train(TriggerSettings settings, Path data, int parallel, PrintStream log) throws IOException {
        if (parallel < 1) {
            throw new IllegalArgumentException("at least one member model trains at a time, not " + parallel);
        }
        Path work = Files.createTempDirectory("trigger-members");
        int count = settings.members().size();
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(parallel, count));
        List<Process> started = new ArrayList<>();
        try {
            List<Future<Path>> results = new ArrayList<>(Collections.nCopies(count, null));
            List<Integer> byCost = IntStream.range(0, count).boxed()
                    .sorted(Comparator.comparingDouble((Integer m) -> -cost(settings.members().get(m)))).toList();
            for (int m : byCost) {
                Path out = work.resolve("member-" + (m + 1) + ".bin");
                results.set(m, pool.submit(() -> runChild(settings, data, m, out, started, log)));
            }
            List<TriggerTraining.Member> members = new ArrayList<>();
            boolean handedOver = false;
            try {
                for (int m = 0; m < count; m++) {
                    members.add(read(results.get(m).get(), settings));
                }
                handedOver = true;
                return members;
            } catch (ExecutionException e) {
                throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while the member models trained", e);
            } finally {
                if (!handedOver) { // a child failed, a file did not read, or an interrupt: nobody else will close these
                    members.forEach(member -> member.trainer().close());
                }
            }
        } finally {
            pool.shutdownNow();
            synchronized (started) {
                for (Process child : started) {
                    child.destroyForcibly();
                    child.onExit().join(); // gone before its folder is
                }
            }
            try (var files = Files.list(work)) {
                for (Path file : files.toList()) {
                    Files.delete(file);
                }
            }
            Files.delete(work);
        }
    }

    /** A member's GRU work per epoch times its epochs: what orders the children, longest first. */
    private static double cost(TriggerSettings.Member member) {
        return (double) member.epochs() * member.hiddenUnits() * (TriggerModel.FILTERS + member.hiddenUnits());
    }

    /** Starts the child for member {@code m}, copies its output to the log, and returns its file once it exits well. */
    private static Path runChild(TriggerSettings settings, Path data, int m, Path out, List<Process> started, PrintStream log)
            throws IOException, InterruptedException {
        String name = "member " + (m + 1);
        TriggerSettings.Member member = settings.members().get(m);
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        // The parent's JVM options (heap, native access, DJL's offline and thread settings), less a debugger's port.
        ManagementFactory.getRuntimeMXBean().getInputArguments().stream().filter(a -> !a.startsWith("-agentlib:jdwp"))
                .forEach(command::add);
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), MemberProcesses.class.getName(), data.toString(),
                Long.toString(settings.seed()), Integer.toString(settings.voices()), Integer.toString(settings.clips()),
                member.hiddenUnits() + "x" + member.epochs(), name, out.toString()));
        Process child;
        synchronized (started) {
            if (Thread.currentThread().isInterrupted()) {
                throw new InterruptedException();
            }
            child = new ProcessBuilder(command).redirectErrorStream(true).start();
            started.add(child);
        }
        log.printf(Locale.ROOT, "%s of %d: GRU %d, %d epochs, in a JVM of its own (pid %d)%n", name, settings.members().size(),
                member.hiddenUnits(), member.epochs(), child.pid());
        Deque<String> last = new ArrayDeque<>();
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                log.println(name + ": " + line);
                if (!STACK_FRAME.matcher(line).find()) { // what went wrong, not where
                    last.addLast(line);
                    if (last.size() > 3) {
                        last.removeFirst();
                    }
                }
            }
        }
        int exit = child.waitFor();
        if (exit != 0 || !Files.isRegularFile(out)) {
            throw new IllegalStateException(name + " (GRU " + member.hiddenUnits() + ", " + member.epochs() + " epochs) failed, exit "
                    + exit + "; it last said: " + String.join(" | ", last));
        }
        return out;
    }

    /** The child: trains one member and writes it to a file. Arguments: data seed voices clips UNITSxEPOCHS name file. */
    public static void main(String[] args) throws IOException {
        if (args.length != 7) {
            throw new IllegalArgumentException("usage: MemberProcesses DATA SEED VOICES CLIPS UNITSxEPOCHS NAME OUT (started by"
                    + " ./seqctl train trigger, not by hand)");
        }
        exitWithParent();
        TriggerSettings.Member member = TriggerSettings.Member.parse(args[4]);
        // Only the seed, voices, clips and this member shape what a child trains; the rest is the parent's to use.
        TriggerSettings settings = new TriggerSettings(Long.parseLong(args[1]), Integer.parseInt(args[2]), Integer.parseInt(args[3]),
                List.of(member), TriggerSettings.FULL.evaluationClips(), TriggerSettings.FULL.negativeHours());
        TriggerCorpus corpus = TriggerTraining.trainingCorpus(settings, Path.of(args[0]), System.out);
        TriggerTraining.Member trained = TriggerTraining.trainMember(corpus, settings, member, args[5], System.out);
        try (TriggerTrainer trainer = trained.trainer()) {
            write(Path.of(args[6]), trainer, trained);
        }
    }

    /** A child whose parent has gone (its standard input closed) stops training nobody will read. */
    private static void exitWithParent() {
        Thread watcher = new Thread(() -> {
            try {
                while (System.in.read() >= 0) {
                    // nothing is sent; EOF means the parent is gone
                }
            } catch (IOException e) {
                // as gone as EOF
            }
            Runtime.getRuntime().halt(3);
        }, "parent-watcher");
        watcher.setDaemon(true);
        watcher.start();
    }

    private static void write(Path out, TriggerTrainer trainer, TriggerTraining.Member trained) throws IOException {
        Path partial = out.resolveSibling(out.getFileName() + ".partial");
        try (DataOutputStream file = new DataOutputStream(Files.newOutputStream(partial))) {
            TriggerModel block = trainer.block();
            file.writeInt(trainer.frames());
            file.writeInt(block.hidden());
            for (float[] statistic : List.of(block.mean(), block.std())) {
                for (float v : statistic) {
                    file.writeFloat(v);
                }
            }
            file.writeDouble(trained.finalLoss());
            file.writeInt(trained.restarts().size());
            for (String restart : trained.restarts()) {
                file.writeUTF(restart);
            }
            byte[] weights = trainer.snapshot();
            file.writeInt(weights.length);
            file.write(weights);
        }
        Files.move(partial, out); // the parent never reads half a file
    }

    /** A child's file as a member model with its trainer open. */
    private static TriggerTraining.Member read(Path file, TriggerSettings settings) {
        try (DataInputStream in = new DataInputStream(Files.newInputStream(file))) {
            int frames = in.readInt();
            int hidden = in.readInt();
            float[][] statistics = new float[2][LogMelFeatures.BANDS];
            for (float[] statistic : statistics) {
                for (int b = 0; b < statistic.length; b++) {
                    statistic[b] = in.readFloat();
                }
            }
            double finalLoss = in.readDouble();
            List<String> restarts = new ArrayList<>();
            for (int r = in.readInt(); r > 0; r--) {
                restarts.add(in.readUTF());
            }
            byte[] weights = in.readNBytes(in.readInt());
            TriggerTrainer trainer = new TriggerTrainer(statistics, frames, hidden, TriggerTraining.BATCH_SIZE,
                    TriggerTraining.LEARNING_RATE, 1, settings.seed());
            trainer.load(weights);
            return new TriggerTraining.Member(trainer, finalLoss, restarts);
        } catch (IOException e) {
            throw new UncheckedIOException("could not read the member model in " + file, e);
        }
    }
}
