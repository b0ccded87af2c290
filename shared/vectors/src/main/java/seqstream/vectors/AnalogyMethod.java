package seqstream.vectors;

import java.util.Locale;

/** How a:b :: c:? is answered. */
public enum AnalogyMethod {
    /** gensim's rule: the w maximizing cos(w, b - a + c) over unit vectors (3CosAdd). */
    GENSIM,
    /**
     * The course's rule: the w maximizing cos(e_b - e_a, e_w - e_c) over the raw vectors. On GloVe 6B 100d it
     * answers man:woman :: king:? with "pregnant": a direction that rare words far from c match best.
     */
    COURSE;

    /** "gensim" or "course". */
    public static AnalogyMethod of(String name) {
        for (AnalogyMethod m : values()) {
            if (m.name().equalsIgnoreCase(name)) {
                return m;
            }
        }
        throw new IllegalArgumentException("unknown analogy method '" + name + "': gensim (the default) or course");
    }

    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT);
    }
}
