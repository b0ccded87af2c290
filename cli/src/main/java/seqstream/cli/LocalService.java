package seqstream.cli;

import java.util.List;

/**
 * A service of the local stack: its folder under services/ and the HTTP port it gets there.
 *
 * @param name the folder under services/, also the name in logs
 * @param port the HTTP port on this machine
 */
record LocalService(String name, int port) {
    /** Every service there is, in start order. */
    static final List<LocalService> ALL = List.of(new LocalService("date-translator", 8081),
            new LocalService("name-generator", 8082), new LocalService("trigger-detector", 8083),
            new LocalService("embedding-lookup", 8084), new LocalService("emojifier", 8085),
            new LocalService("jazz-generator", 8086), new LocalService("console", 8080));
    /** The web page in front of the others. */
    static final String CONSOLE = "console";
}
