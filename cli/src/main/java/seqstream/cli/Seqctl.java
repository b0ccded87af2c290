package seqstream.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** seqctl: run the models in process, train them, start the local stack, benchmark. */
@Command(name = "seqctl", mixinStandardHelpOptions = true, version = "seqctl 0.1.0",
        description = "seqstream: sequence models served as event-driven microservices on Kafka.",
        subcommands = {DatesCommand.class, NamesCommand.class, TriggerCommand.class, StreamCommand.class, TrainCommand.class,
                EvalCommand.class, UpCommand.class, BenchCommand.class, VectorsCommand.class, EmojifyCommand.class, JazzCommand.class, StatusCommand.class},
        footer = "%n'./seqctl test' runs the whole test suite (mvn verify).")
public final class Seqctl {

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    /** The command line as users get it: failures reported in one line. */
    static CommandLine commandLine() {
        return new CommandLine(new Seqctl()).setExecutionExceptionHandler(Seqctl::reportFailure);
    }

    /** A failed command says what went wrong in one line, not a stack trace; SEQCTL_DEBUG=1 shows the trace. */
    private static int reportFailure(Exception e, CommandLine commandLine, CommandLine.ParseResult parsed) {
        commandLine.getErr().println("seqctl " + commandLine.getCommandName() + ": " + e.getMessage());
        if (System.getenv("SEQCTL_DEBUG") != null) {
            e.printStackTrace(commandLine.getErr());
        }
        return 1;
    }
}
