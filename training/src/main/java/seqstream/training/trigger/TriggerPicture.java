package seqstream.training.trigger;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import javax.imageio.ImageIO;
import seqstream.audio.Audio;
import seqstream.audio.LogMelFeatures;
import seqstream.audio.trigger.AudioStream;
import seqstream.audio.trigger.Detector;
import seqstream.audio.trigger.TriggerFrontEnd;
import seqstream.audio.trigger.TriggerScorer;

/**
 * One picture of what the detector heard in a recording: the normalized log-mel spectrogram (the model's input) on
 * top, the score of every 40 ms step below it with the threshold, and a line at each detection.
 */
public final class TriggerPicture {
    private static final int LEFT = 60;
    private static final int RIGHT = 20;
    private static final int TOP = 30;
    private static final int SPECTROGRAM_HEIGHT = 200;
    private static final int GAP = 30;
    private static final int SCORE_HEIGHT = 160;
    private static final int BOTTOM = 40;

    private TriggerPicture() {
    }

    /** Scores the recording as one stream and draws it; returns the detections drawn. */
    public static List<Detector.Detection> write(TriggerScorer scorer, Audio audio, String title, Path png) throws IOException {
        Audio at16k = audio.resampledTo(Audio.MODEL_RATE);
        List<float[]> frames = new TriggerFrontEnd().process(at16k.samples());
        AudioStream stream = new AudioStream(Audio.MODEL_RATE);
        stream.accept(at16k.samples());
        float[] scores = scorer.score(List.of(stream)).getFirst();
        List<Detector.Detection> detections = new Detector(scorer.threshold()).accept(0, scores);

        double seconds = Math.max(audio.seconds(), 0.01);
        int plotWidth = (int) Math.max(400, Math.min(4000, seconds * 100));
        int width = LEFT + plotWidth + RIGHT;
        int height = TOP + SPECTROGRAM_HEIGHT + GAP + SCORE_HEIGHT + BOTTOM;
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, width, height);
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
        g.setColor(Color.BLACK);
        g.drawString(title, LEFT, 18);

        drawSpectrogram(g, frames, seconds, plotWidth);
        int scoreTop = TOP + SPECTROGRAM_HEIGHT + GAP;
        g.setColor(Color.LIGHT_GRAY);
        g.drawRect(LEFT, scoreTop, plotWidth, SCORE_HEIGHT);
        int thresholdY = scoreTop + (int) ((1 - scorer.threshold()) * SCORE_HEIGHT);
        g.setColor(new Color(200, 120, 0));
        g.setStroke(new BasicStroke(1, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 1, new float[] {4, 4}, 0));
        g.drawLine(LEFT, thresholdY, LEFT + plotWidth, thresholdY);
        g.drawString(String.format(Locale.ROOT, "threshold %.2f", scorer.threshold()), LEFT + 4, thresholdY - 3);
        g.setStroke(new BasicStroke(1.5f));
        g.setColor(new Color(30, 90, 200));
        for (int i = 1; i < scores.length; i++) {
            g.drawLine(x(TriggerScorer.stepEndSeconds(i - 1), seconds, plotWidth), scoreTop + (int) ((1 - scores[i - 1]) * SCORE_HEIGHT),
                    x(TriggerScorer.stepEndSeconds(i), seconds, plotWidth), scoreTop + (int) ((1 - scores[i]) * SCORE_HEIGHT));
        }
        g.setColor(new Color(200, 30, 30));
        for (Detector.Detection d : detections) {
            int x = x(d.seconds(), seconds, plotWidth);
            g.drawLine(x, TOP, x, scoreTop + SCORE_HEIGHT);
            g.drawString(String.format(Locale.ROOT, "%.2f s", d.seconds()), x + 3, TOP + 12);
        }
        g.setColor(Color.BLACK);
        g.drawString("log-mel", 4, TOP + SPECTROGRAM_HEIGHT / 2);
        g.drawString("score", 4, scoreTop + SCORE_HEIGHT / 2);
        for (int s = 0; s <= (int) seconds; s++) {
            int x = x(s, seconds, plotWidth);
            g.drawLine(x, scoreTop + SCORE_HEIGHT, x, scoreTop + SCORE_HEIGHT + 4);
            g.drawString(s + " s", x - 8, scoreTop + SCORE_HEIGHT + 18);
        }
        g.dispose();
        Path parent = png.toAbsolutePath().getParent();
        Files.createDirectories(parent);
        ImageIO.write(image, "png", png.toFile());
        return detections;
    }

    /** Frames as columns, low bands at the bottom, dark to bright over the recording's own range of levels. */
    private static void drawSpectrogram(Graphics2D g, List<float[]> frames, double seconds, int plotWidth) {
        float low = Float.MAX_VALUE;
        float high = -Float.MAX_VALUE;
        for (float[] frame : frames) {
            for (float v : frame) {
                low = Math.min(low, v);
                high = Math.max(high, v);
            }
        }
        float range = Math.max(1e-6f, high - low);
        double bandHeight = (double) SPECTROGRAM_HEIGHT / LogMelFeatures.BANDS;
        for (int f = 0; f < frames.size(); f++) {
            double start = (double) f * LogMelFeatures.HOP / Audio.MODEL_RATE;
            int x0 = x(start, seconds, plotWidth);
            int x1 = Math.max(x0 + 1, x(start + (double) LogMelFeatures.HOP / Audio.MODEL_RATE, seconds, plotWidth));
            for (int b = 0; b < LogMelFeatures.BANDS; b++) {
                float level = (frames.get(f)[b] - low) / range;
                g.setColor(Color.getHSBColor(0.7f - 0.7f * level, 0.9f, 0.15f + 0.85f * level));
                int y = TOP + (int) ((LogMelFeatures.BANDS - 1 - b) * bandHeight);
                g.fillRect(x0, y, x1 - x0, (int) Math.ceil(bandHeight));
            }
        }
    }

    private static int x(double time, double seconds, int plotWidth) {
        return LEFT + (int) Math.round(Math.min(1, time / seconds) * plotWidth);
    }
}
