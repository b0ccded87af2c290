package seqstream.music;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.sound.midi.InvalidMidiDataException;
import javax.sound.midi.MetaMessage;
import javax.sound.midi.MidiEvent;
import javax.sound.midi.MidiSystem;
import javax.sound.midi.Sequence;
import javax.sound.midi.ShortMessage;
import javax.sound.midi.Track;

/**
 * A solo as a standard MIDI file (type 1): a conductor track with the tempo and 4/4 time, the solo on a jazz
 * guitar, and the chords under it on a piano, one chord held for as long as the harmony stays.
 */
public final class JazzMidi {
    /** Ticks per quarter note. */
    static final int RESOLUTION = 480;
    private static final int TICKS_PER_SIXTEENTH = RESOLUTION / 4;
    private static final int GUITAR = 26; // General MIDI "Electric Guitar (jazz)", counted from 0
    private static final int PIANO = 0;
    private static final int SOLO_CHANNEL = 0;
    private static final int CHORD_CHANNEL = 1;
    /** Chords are voiced in the octave below middle C, under the solo's register. */
    private static final int CHORD_BASE = 48;

    private JazzMidi() {
    }

    public static byte[] write(Solo solo) {
        try {
            Sequence sequence = new Sequence(Sequence.PPQ, RESOLUTION);
            Track conductor = sequence.createTrack();
            int microsPerQuarter = (int) Math.round(60e6 / solo.tempoBpm());
            conductor.add(meta(0x51, new byte[] {(byte) (microsPerQuarter >> 16), (byte) (microsPerQuarter >> 8), (byte) microsPerQuarter}, 0));
            conductor.add(meta(0x58, new byte[] {4, 2, 24, 8}, 0)); // 4/4
            Track melody = sequence.createTrack();
            melody.add(meta(0x03, "Solo".getBytes(java.nio.charset.StandardCharsets.US_ASCII), 0));
            melody.add(message(ShortMessage.PROGRAM_CHANGE, SOLO_CHANNEL, GUITAR, 0, 0));
            for (Note note : solo.notes()) {
                addNote(melody, SOLO_CHANNEL, note.pitch(), 96, note.start(), note.end());
            }
            Track chords = sequence.createTrack();
            chords.add(meta(0x03, "Chords".getBytes(java.nio.charset.StandardCharsets.US_ASCII), 0));
            chords.add(message(ShortMessage.PROGRAM_CHANGE, CHORD_CHANNEL, PIANO, 0, 0));
            for (long from = 0; from < solo.sixteenths(); ) {
                Harmony harmony = solo.harmonyAt(from);
                long to = from;
                while (to < solo.sixteenths() && solo.harmonyAt(to).equals(harmony)) {
                    to = (to / ChordProgression.SEGMENT + 1) * ChordProgression.SEGMENT;
                }
                to = Math.min(to, solo.sixteenths());
                for (int pc = 0; pc < 12; pc++) {
                    if (harmony.inChord(pc)) {
                        addNote(chords, CHORD_CHANNEL, CHORD_BASE + pc, 56, from, to);
                    }
                }
                from = to;
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            MidiSystem.write(sequence, 1, out);
            return out.toByteArray();
        } catch (InvalidMidiDataException e) {
            throw new IllegalStateException("a solo made a MIDI event the JDK refuses: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void addNote(Track track, int channel, int pitch, int velocity, long from, long to) throws InvalidMidiDataException {
        track.add(message(ShortMessage.NOTE_ON, channel, pitch, velocity, from * TICKS_PER_SIXTEENTH));
        track.add(message(ShortMessage.NOTE_OFF, channel, pitch, 0, to * TICKS_PER_SIXTEENTH));
    }

    private static MidiEvent message(int command, int channel, int data1, int data2, long tick) throws InvalidMidiDataException {
        return new MidiEvent(new ShortMessage(command, channel, data1, data2), tick);
    }

    private static MidiEvent meta(int type, byte[] data, long tick) throws InvalidMidiDataException {
        return new MidiEvent(new MetaMessage(type, data, data.length), tick);
    }
}
