package seqstream.vectors;

/** Hears how far a long task (fetching, converting) has come. */
@FunctionalInterface
public interface Progress {
    Progress SILENT = (task, done, total) -> {
    };

    /** {@code done} of {@code total} units (bytes) of {@code task}. */
    void at(String task, long done, long total);
}
