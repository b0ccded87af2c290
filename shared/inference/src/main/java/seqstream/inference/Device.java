package seqstream.inference;

import java.util.Locale;

/** Where inference runs: {@code auto} takes CUDA when it loads and the CPU otherwise. */
public enum Device {
    AUTO, CPU, CUDA;

    public static Device parse(String text) {
        try {
            return valueOf(text.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown inference device '" + text + "': use auto, cpu or cuda");
        }
    }
}
