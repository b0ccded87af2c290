package seqstream.training.dates;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.HeatMapChart;
import org.knowm.xchart.HeatMapChartBuilder;
import seqstream.text.dates.Translation;

/** The attention map of one translation as a PNG: output characters (rows) by input characters (columns). */
public final class AttentionMapPicture {
    private AttentionMapPicture() {
    }

    public static void write(Translation translation, Path png) throws IOException {
        String input = translation.normalized();
        int columns = Math.max(1, Math.min(input.length(), translation.attention()[0].length));
        List<String> x = labels(input.substring(0, Math.min(input.length(), columns)), columns);
        // XChart draws the first category at the bottom; reversed, the answer reads top to bottom.
        List<String> y = labels(translation.answer(), translation.answer().length()).reversed();
        List<Number[]> heat = new ArrayList<>();
        for (int row = 0; row < y.size(); row++) {
            for (int column = 0; column < columns; column++) {
                heat.add(new Number[] {column, y.size() - 1 - row, translation.attention()[row][column]});
            }
        }
        HeatMapChart chart = new HeatMapChartBuilder().width(Math.max(480, 28 * columns + 160)).height(460)
                .title("attention: \"" + translation.text().strip() + "\" -> " + translation.answer())
                .xAxisTitle("input (as the model read it)").yAxisTitle("output").build();
        chart.getStyler().setMin(0).setMax(1).setShowValue(false).setPlotContentSize(1);
        chart.addSeries("attention", x, y, heat);
        Path parent = png.toAbsolutePath().getParent();
        Files.createDirectories(parent);
        BitmapEncoder.saveBitmap(chart, png.toString().replaceFirst("(?i)\\.png$", ""), BitmapEncoder.BitmapFormat.PNG);
    }

    /**
     * One label per character, spaces shown as '␣'. XChart keys categories by their text, so a repeated
     * character gets zero-width spaces appended: it looks the same but stays its own column.
     */
    private static List<String> labels(String text, int count) {
        List<String> labels = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < count; i++) {
            String label = i < text.length() ? (text.charAt(i) == ' ' ? "␣" : String.valueOf(text.charAt(i))) : "";
            while (!seen.add(label)) {
                label += "\u200b";
            }
            labels.add(label);
        }
        return labels;
    }
}
