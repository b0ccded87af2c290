package seqstream.music;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.sound.midi.InvalidMidiDataException;
import javax.sound.midi.MetaMessage;
import javax.sound.midi.MidiEvent;
import javax.sound.midi.MidiSystem;
import javax.sound.midi.Sequence;
import javax.sound.midi.ShortMessage;
import javax.sound.midi.Track;

/**
 * A MIDI piece read as the jazz model's corpus: the melody part as a monophonic line of notes and as values,
 * and the accompaniment's chord progression, all on the sixteenth-note grid from the bar where the melody
 * starts. Parts are numbered as music21 (and so the course) numbers them: the tracks that hold notes, from 0.
 *
 * @param values      the melody as values, in order
 * @param valueStarts where each value starts (sixteenths from the first bar), for splitting the piece by time
 */
public record JazzCorpus(ChordProgression progression, List<Note> melody, List<MusicValue> values, long[] valueStarts,
        int keyScale, double tempoBpm) {

    /**
     * Which parts are what.
     *
     * @param bassPart counted twice in the harmony: it states the root
     */
    public record Parts(int melody, Set<Integer> accompaniment, int bass) {
        /**
         * Pat Metheny's "And Then I Knew" as the course uses it: part 5 (the guitar) is the melody. The
         * accompaniment is the harmony instruments: piano, bass, organ, strings, electric piano and synth brass
         * (parts 0-4 and 9; the course's own choice, 0, 1, 6 and 7, takes in the trumpet and horn lines).
         */
        public static final Parts METHENY = new Parts(5, Set.of(0, 1, 2, 3, 4, 9), 1);
    }

    private static final int DRUM_CHANNEL = 9;
    /** Silence shorter than an eighth between two notes is articulation, not a rest. */
    private static final int LEGATO_GAP = 2;

    /** A note of a part, in sixteenths, not yet on the grid. */
    private record Sounded(double start, double end, int pitch) {
    }

    public static JazzCorpus read(Path midi, Parts parts) throws IOException {
        Sequence sequence;
        try {
            sequence = MidiSystem.getSequence(midi.toFile());
        } catch (InvalidMidiDataException e) {
            throw new IOException(midi + " is not a MIDI file this JDK reads: " + e.getMessage(), e);
        }
        if (sequence.getDivisionType() != Sequence.PPQ) {
            throw new IOException(midi + ": only tempo-based (PPQ) MIDI files are supported");
        }
        double ticksPerSixteenth = sequence.getResolution() / 4.0;
        List<List<Sounded>> noteParts = new ArrayList<>();
        int sharps = 0;
        double tempo = 120;
        for (Track track : sequence.getTracks()) {
            List<Sounded> notes = notes(track, ticksPerSixteenth);
            if (!notes.isEmpty()) {
                noteParts.add(notes);
            }
            for (int i = 0; i < track.size(); i++) {
                if (track.get(i).getMessage() instanceof MetaMessage meta && meta.getData().length > 0) {
                    byte[] data = meta.getData();
                    if (meta.getType() == 0x59) {
                        sharps = data[0];
                    } else if (meta.getType() == 0x51 && data.length == 3 && tempo == 120) {
                        tempo = 60e6 / ((data[0] & 0xFF) << 16 | (data[1] & 0xFF) << 8 | (data[2] & 0xFF));
                    }
                }
            }
        }
        if (parts.melody() >= noteParts.size()) {
            throw new IOException(midi + " has " + noteParts.size() + " parts with notes; no melody part " + parts.melody());
        }
        List<Note> line = monophonic(noteParts.get(parts.melody()));
        long firstBar = line.getFirst().start() / ChordProgression.BAR * ChordProgression.BAR;
        long end = (line.getLast().end() + ChordProgression.BAR - 1) / ChordProgression.BAR * ChordProgression.BAR;
        List<HarmonyAnalysis.Sounding> accompaniment = new ArrayList<>();
        for (int p : parts.accompaniment()) {
            if (p < noteParts.size()) {
                noteParts.get(p).forEach(n -> accompaniment.add(new HarmonyAnalysis.Sounding(n.start(), n.end(), n.pitch(),
                        p == parts.bass() ? 2 : 1)));
            }
        }
        int keyScale = HarmonyAnalysis.majorScale(sharps);
        List<HarmonyAnalysis.Sounding> tune = line.stream().map(n -> new HarmonyAnalysis.Sounding(n.start(), n.end(), n.pitch(), 1)).toList();
        ChordProgression progression = HarmonyAnalysis.analyze(accompaniment, tune, firstBar,
                (int) ((end - firstBar) / ChordProgression.SEGMENT), keyScale);
        List<Note> melody = line.stream().map(n -> new Note(n.start() - firstBar, n.length(), n.pitch())).toList();
        List<MusicValue> values = new ArrayList<>();
        List<Long> starts = new ArrayList<>();
        encode(melody, progression, values, starts);
        return new JazzCorpus(progression, melody, values, starts.stream().mapToLong(Long::longValue).toArray(), keyScale, tempo);
    }

    /**
     * The melody as values, on the grid exactly: each note's length is the longest the vocabulary has that
     * ends before the next note starts (a note followed by less than an eighth of silence is held to the next:
     * players leave such gaps between notes, not rests), the time left over is rests. A silence over a bar
     * ends a phrase: it becomes a one-bar rest, and the next phrase goes on from its own first note, so the
     * model learns phrases, not the bars the guitar sits out.
     */
    static void encode(List<Note> melody, ChordProgression progression, List<MusicValue> values, List<Long> starts) {
        long cursor = melody.getFirst().start();
        int previous = Realizer.FIRST_REFERENCE;
        for (int i = 0; i < melody.size(); i++) {
            Note note = melody.get(i);
            long gap = note.start() - cursor;
            for (MusicValue rest : MusicValue.rests((int) Math.min(gap, ChordProgression.BAR))) {
                values.add(rest);
                starts.add(cursor);
                cursor += rest.sixteenths();
            }
            long next = i + 1 < melody.size() ? melody.get(i + 1).start() : note.end();
            long sounding = next - note.end() < LEGATO_GAP ? next - note.start() : note.length();
            MusicValue value = new MusicValue(progression.at(note.start()).kindOf(note.pitch()), MusicValue.longestWithin(sounding),
                    MusicValue.intervalOf(note.pitch() - previous));
            values.add(value);
            starts.add(note.start());
            cursor = note.start() + value.sixteenths();
            previous = note.pitch();
        }
    }

    /** A part's notes: each note-on paired with the next note-off of its pitch and channel. Drums are left out. */
    private static List<Sounded> notes(Track track, double ticksPerSixteenth) {
        Map<Integer, Deque<Long>> open = new HashMap<>();
        List<Sounded> notes = new ArrayList<>();
        for (int i = 0; i < track.size(); i++) {
            MidiEvent event = track.get(i);
            if (!(event.getMessage() instanceof ShortMessage message) || message.getChannel() == DRUM_CHANNEL) {
                continue;
            }
            int key = message.getChannel() * 128 + message.getData1();
            boolean on = message.getCommand() == ShortMessage.NOTE_ON && message.getData2() > 0;
            boolean off = message.getCommand() == ShortMessage.NOTE_OFF || message.getCommand() == ShortMessage.NOTE_ON && message.getData2() == 0;
            if (on) {
                open.computeIfAbsent(key, k -> new ArrayDeque<>()).add(event.getTick());
            } else if (off && open.containsKey(key) && !open.get(key).isEmpty()) {
                long start = open.get(key).poll();
                notes.add(new Sounded(start / ticksPerSixteenth, event.getTick() / ticksPerSixteenth, message.getData1()));
            }
        }
        notes.sort(Comparator.comparingDouble(Sounded::start));
        return notes;
    }

    /**
     * One note at a time, on the grid: of notes starting together the highest (the tune sits on top of a
     * chord); each note stops where the next begins.
     */
    private static List<Note> monophonic(List<Sounded> notes) {
        List<Note> onGrid = notes.stream()
                .map(n -> new Note(Math.round(n.start()), (int) Math.max(1, Math.round(n.end()) - Math.round(n.start())), n.pitch()))
                .sorted(Comparator.comparingLong(Note::start).thenComparing(Comparator.comparingInt(Note::pitch).reversed()))
                .toList();
        List<Note> line = new ArrayList<>();
        for (Note note : onGrid) {
            if (!line.isEmpty() && line.getLast().start() == note.start()) {
                continue;
            }
            if (!line.isEmpty() && line.getLast().end() > note.start()) {
                Note cut = line.removeLast();
                line.add(new Note(cut.start(), (int) (note.start() - cut.start()), cut.pitch()));
            }
            line.add(note);
        }
        return line;
    }
}
