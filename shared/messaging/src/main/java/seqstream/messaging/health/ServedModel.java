package seqstream.messaging.health;

/** The model a service serves, as its readiness check sees it: one bean per service implements this. */
public interface ServedModel {
    /** The bundle's name ("dates", "names", "trigger"). */
    String modelName();

    /** Loaded and answering. */
    boolean ready();

    /** Where the model runs, or why it did not load. */
    String status();
}
