package seqstream.trigger.service;

import seqstream.audio.trigger.AudioStream;
import seqstream.audio.trigger.ChimeTrack;
import seqstream.audio.trigger.Detector;

/**
 * What the detector keeps of one open stream: its front end and model state ({@link AudioStream}), its
 * detector, its chime track, the next {@code seq} it expects, and where in the stream its state began.
 * A restart (after a gap, or a change of sample rate) drops the state but keeps the clock running, so
 * detection times stay counted from the start of the stream.
 */
final class LiveStream {
    final String id;
    private final ChimeTracks chimes;
    private final double threshold;
    int sampleRate;
    AudioStream audio;
    Detector detector;
    ChimeTrack chime;
    long nextSeq;
    /** Samples (at {@link #sampleRate}) since the state began. */
    long samples;
    /** Seconds of the stream heard before the state began. */
    double secondsBefore;
    long lastActiveNanos;

    LiveStream(String id, int sampleRate, long firstSeq, double threshold, ChimeTracks chimes) {
        this.id = id;
        this.threshold = threshold;
        this.chimes = chimes;
        this.nextSeq = firstSeq;
        start(sampleRate);
    }

    void restart(int rate) {
        secondsBefore += (double) samples / sampleRate;
        start(rate);
    }

    private void start(int rate) {
        sampleRate = rate;
        samples = 0;
        audio = new AudioStream(rate);
        detector = new Detector(threshold);
        chime = chimes.track(rate);
    }
}
