package seqstream.training.jazz;

import ai.djl.Model;
import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.training.DefaultTrainingConfig;
import ai.djl.training.GradientCollector;
import ai.djl.training.ParameterStore;
import ai.djl.training.Trainer;
import ai.djl.training.loss.Loss;
import ai.djl.training.optimizer.Optimizer;
import ai.djl.training.tracker.Tracker;
import java.util.List;
import java.util.SplittableRandom;
import seqstream.music.MusicValue;

/**
 * Trains a {@link JazzModel} on windows of the corpus: each window is the start symbol and the values before a
 * position, and the model learns every next value in it (softmax cross-entropy), Adam, shuffled batches.
 */
public final class JazzTrainer implements AutoCloseable {
    private final Model model;
    private final JazzModel block;
    private final Trainer trainer;
    private final int window;

    public JazzTrainer(JazzSettings settings) {
        Engine.getInstance().setRandomSeed((int) settings.seed());
        this.window = settings.window();
        block = new JazzModel(settings.hidden(), settings.dropout());
        model = Model.newInstance("jazz");
        model.setBlock(block);
        // The loss is computed here (masked mean over the window), so DJL's is only a placeholder.
        trainer = model.newTrainer(new DefaultTrainingConfig(Loss.l2Loss())
                .optOptimizer(Optimizer.adam().optLearningRateTracker(Tracker.fixed(settings.learningRate()))
                        .optClipGrad(5f).build()));
        trainer.initialize(new Shape(1, window, JazzModel.INPUTS));
    }

    /**
     * One epoch: every window ending inside {@code [from, to)} of {@code values}, in a seeded order.
     *
     * @return the mean loss per predicted value
     */
    public double epoch(List<MusicValue> values, int from, int to, int batchSize, SplittableRandom random) {
        int[] ends = shuffledEnds(from, to, random);
        double total = 0;
        int count = 0;
        for (int b = 0; b < ends.length; b += batchSize) {
            int[] batch = java.util.Arrays.copyOfRange(ends, b, Math.min(ends.length, b + batchSize));
            try (NDManager scope = trainer.getManager().newSubManager()) {
                NDList x = new NDList(inputs(scope, values, batch));
                NDArray targets = targets(scope, values, batch);
                try (GradientCollector collector = trainer.newGradientCollector()) {
                    NDArray logits = trainer.forward(x).head();
                    NDArray loss = logits.logSoftmax(2).mul(targets).sum().neg().div(targets.sum());
                    collector.backward(loss);
                    total += loss.getFloat() * batch.length;
                    count += batch.length;
                }
                trainer.step();
            }
        }
        return total / count;
    }

    /** Mean negative log-likelihood (nats) of each value in {@code [from, to)} given the window before it. */
    public double nll(List<MusicValue> values, int from, int to) {
        double total = 0;
        for (int end = from; end < to; end += 256) {
            int[] ends = java.util.stream.IntStream.range(end, Math.min(to, end + 256)).toArray();
            float[][] p = probabilities(values, ends);
            for (int i = 0; i < ends.length; i++) {
                total -= Math.log(p[i][values.get(ends[i]).index()]);
            }
        }
        return total / (to - from);
    }

    /** For each position, DJL's probabilities (inference mode) of the value there, given the window before it. */
    public float[][] probabilities(List<MusicValue> values, int[] positions) {
        try (NDManager manager = NDManager.newBaseManager()) {
            NDArray logits = block.forward(new ParameterStore(manager, false), new NDList(inputs(manager, values, positions)), false).head();
            NDArray last = logits.get(":, " + (window - 1) + ", :").softmax(1);
            float[] flat = last.toFloatArray();
            float[][] out = new float[positions.length][MusicValue.COUNT];
            for (int i = 0; i < positions.length; i++) {
                System.arraycopy(flat, i * MusicValue.COUNT, out[i], 0, MusicValue.COUNT);
            }
            return out;
        }
    }

    /** The window fed to predict position p: the start symbol, then values p - window + 1 .. p - 1. */
    public static int[] context(List<MusicValue> values, int position, int window) {
        int[] context = new int[window];
        context[0] = MusicValue.START;
        for (int t = 1; t < window; t++) {
            int i = position - window + t;
            context[t] = i >= 0 ? values.get(i).index() : MusicValue.START;
        }
        return context;
    }

    private NDArray inputs(NDManager manager, List<MusicValue> values, int[] positions) {
        float[] x = new float[positions.length * window * JazzModel.INPUTS];
        for (int b = 0; b < positions.length; b++) {
            int[] context = context(values, positions[b], window);
            for (int t = 0; t < window; t++) {
                System.arraycopy(MusicValue.features(context[t]), 0, x, (b * window + t) * JazzModel.INPUTS, JazzModel.INPUTS);
            }
        }
        return manager.create(x, new Shape(positions.length, window, JazzModel.INPUTS));
    }

    /** One-hot targets: the value after each input step (steps before the corpus's start predict nothing). */
    private NDArray targets(NDManager manager, List<MusicValue> values, int[] positions) {
        float[] y = new float[positions.length * window * MusicValue.COUNT];
        for (int b = 0; b < positions.length; b++) {
            for (int t = 0; t < window; t++) {
                int i = positions[b] - window + 1 + t;
                if (i >= 0) {
                    y[(b * window + t) * MusicValue.COUNT + values.get(i).index()] = 1;
                }
            }
        }
        return manager.create(y, new Shape(positions.length, window, MusicValue.COUNT));
    }

    private static int[] shuffledEnds(int from, int to, SplittableRandom random) {
        int[] ends = java.util.stream.IntStream.range(from, to).toArray();
        for (int i = ends.length - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int t = ends[i];
            ends[i] = ends[j];
            ends[j] = t;
        }
        return ends;
    }

    public JazzModel block() {
        return block;
    }

    @Override
    public void close() {
        trainer.close();
        model.close();
    }
}
