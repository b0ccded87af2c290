package seqstream.music;

/** What a melody note is against the harmony under it: the course's C, S and A (its X and R are folded away). */
public enum NoteKind {
    /** A pitch class of the chord. */
    CHORD,
    /** In the scale, not in the chord. */
    SCALE,
    /** Outside the scale: realized a semitone from a chord tone, as a jazz approach note is. */
    APPROACH
}
