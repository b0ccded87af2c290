package seqstream.training.trigger;

import ai.djl.MalformedModelException;
import ai.djl.Model;
import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Activation;
import ai.djl.training.DefaultTrainingConfig;
import ai.djl.training.GradientCollector;
import ai.djl.training.ParameterStore;
import ai.djl.training.Trainer;
import ai.djl.training.loss.Loss;
import ai.djl.training.optimizer.Optimizer;
import ai.djl.training.tracker.Tracker;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.function.ObjIntConsumer;
import seqstream.audio.LogMelFeatures;

/** Trains a {@link TriggerModel} with DJL on composed clips. */
public final class TriggerTrainer implements AutoCloseable {
    /** Positive steps are rare (a few percent): their loss counts this many times. */
    static final float POSITIVE_WEIGHT = 2f;

    private final Model model;
    private final TriggerModel block;
    private final int batchSize;
    private final Shape inputShape;
    private final Tracker schedule;
    private Trainer trainer;
    /** Of the schedule's rate: halved at each restart. */
    private float scale = 1;

    /**
     * A GRU of {@code hidden} units, trained by Adam with a cosine schedule from {@code learningRate} to a twentieth of
     * it over {@code totalSteps} batches.
     */
    public TriggerTrainer(TriggerExamples training, int hidden, int batchSize, float learningRate, int totalSteps, long seed) {
        this(bandStatistics(training), training.frames(), hidden, batchSize, learningRate, totalSteps, seed);
    }

    /**
     * A GRU of {@code hidden} units over clips of {@code frames} frames, normalizing the bands by {@code statistics}
     * (mean, then standard deviation): a member trained in another JVM is rebuilt this way, then {@link #load}s its
     * {@link #snapshot}.
     */
    public TriggerTrainer(float[][] statistics, int frames, int hidden, int batchSize, float learningRate, int totalSteps, long seed) {
        this.batchSize = batchSize;
        Engine.getInstance().setRandomSeed((int) seed);
        block = new TriggerModel(statistics[0], statistics[1], hidden);
        model = Model.newInstance("trigger");
        model.setBlock(block);
        inputShape = new Shape(batchSize, frames, LogMelFeatures.BANDS);
        schedule = Tracker.cosine().setBaseValue(learningRate).optFinalValue(learningRate / 20)
                .setMaxUpdates(Math.max(1, totalSteps)).build();
        trainer = newTrainer(0);
    }

    /** A trainer whose optimizer starts fresh at batch {@code doneSteps} of the schedule, at the current scale. */
    private Trainer newTrainer(int doneSteps) {
        float atScale = scale;
        Tracker rate = update -> atScale * schedule.getNewValue(doneSteps + update);
        Trainer fresh = model.newTrainer(new DefaultTrainingConfig(new WeightedSigmoidLoss())
                .optOptimizer(Optimizer.adam().optLearningRateTracker(rate).optClipGrad(1f).build()));
        fresh.initialize(inputShape); // keeps parameters that already have values
        return fresh;
    }

    /** The weights as they are now, to {@link #restart} from or to give a member rebuilt elsewhere ({@link #load}). */
    public byte[] snapshot() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            block.saveParameters(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /**
     * Goes back to a snapshot's weights at half the learning rate, with a fresh optimizer (Adam's moments from
     * a run that blew up would push it the same way again), continuing the schedule from batch {@code doneSteps}.
     */
    public void restart(byte[] snapshot, int doneSteps) {
        trainer.close();
        load(snapshot);
        scale /= 2;
        trainer = newTrainer(doneSteps);
    }

    /** Sets the weights to a {@link #snapshot} of a model of the same shape. */
    public void load(byte[] snapshot) {
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(snapshot))) {
            block.loadParameters(model.getNDManager(), in);
        } catch (IOException | MalformedModelException e) {
            throw new IllegalStateException("could not load a trigger model's snapshot (" + snapshot.length + " bytes): "
                    + e.getMessage(), e);
        }
    }

    /** Per-band mean and standard deviation of the training features: the model's fixed input normalization. */
    static float[][] bandStatistics(TriggerExamples examples) {
        int bands = LogMelFeatures.BANDS;
        double[] sum = new double[bands];
        double[] squares = new double[bands];
        long n = (long) examples.count() * examples.frames();
        for (int i = 0; i < examples.features().length; i++) {
            double v = examples.features()[i];
            sum[i % bands] += v;
            squares[i % bands] += v * v;
        }
        float[] mean = new float[bands];
        float[] std = new float[bands];
        for (int b = 0; b < bands; b++) {
            mean[b] = (float) (sum[b] / n);
            std[b] = (float) Math.sqrt(Math.max(1e-6, squares[b] / n - mean[b] * mean[b]));
        }
        return new float[][] {mean, std};
    }

    /** One pass over the examples in a seeded order; {@code afterBatch} hears (loss, batch index). */
    public void epoch(TriggerExamples examples, SplittableRandom random, ObjIntConsumer<Float> afterBatch) {
        int[] order = java.util.stream.IntStream.range(0, examples.count()).toArray();
        for (int i = order.length - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int t = order[i];
            order[i] = order[j];
            order[j] = t;
        }
        int frameSize = examples.frames() * LogMelFeatures.BANDS;
        int steps = examples.steps();
        for (int start = 0, batch = 0; start + batchSize <= order.length; start += batchSize, batch++) {
            float[] x = new float[batchSize * frameSize];
            float[] y = new float[batchSize * steps];
            float[] w = new float[batchSize * steps];
            for (int b = 0; b < batchSize; b++) {
                int clip = order[start + b];
                System.arraycopy(examples.features(), clip * frameSize, x, b * frameSize, frameSize);
                System.arraycopy(examples.labels(), clip * steps, y, b * steps, steps);
                System.arraycopy(examples.weights(), clip * steps, w, b * steps, steps);
            }
            try (NDManager scope = trainer.getManager().newSubManager()) {
                NDArray features = scope.create(x, new Shape(batchSize, examples.frames(), LogMelFeatures.BANDS));
                NDArray labels = scope.create(y, new Shape(batchSize, steps));
                NDArray weights = scope.create(w, new Shape(batchSize, steps));
                float loss;
                try (GradientCollector collector = trainer.newGradientCollector()) {
                    NDArray value = trainer.getLoss().evaluate(new NDList(labels, weights), trainer.forward(new NDList(features)));
                    collector.backward(value);
                    loss = value.getFloat();
                }
                trainer.step();
                afterBatch.accept(loss, batch);
            }
        }
    }

    /** Per-step probabilities from DJL for some clips' frames, [clips][steps]. */
    public float[][] scores(float[] features, int clips, int frames) {
        try (NDManager manager = NDManager.newBaseManager()) {
            NDArray x = manager.create(features, new Shape(clips, frames, LogMelFeatures.BANDS));
            NDArray logits = block.forward(new ParameterStore(manager, false), new NDList(x), false).head();
            float[] flat = Activation.sigmoid(logits).toFloatArray();
            int steps = TriggerModel.steps(frames);
            float[][] out = new float[clips][];
            for (int c = 0; c < clips; c++) {
                out[c] = Arrays.copyOfRange(flat, c * steps, (c + 1) * steps);
            }
            return out;
        }
    }

    /** Frames in each clip it trains on. */
    public int frames() {
        return (int) inputShape.get(1);
    }

    public TriggerModel block() {
        return block;
    }

    @Override
    public void close() {
        trainer.close();
        model.close();
    }

    /**
     * Binary cross-entropy on logits, positives weighted: log(1 + e^-z) for y = 1, log(1 + e^z) for y = 0, each
     * step's loss times its weight (labels: the targets, then the weights).
     */
    static final class WeightedSigmoidLoss extends Loss {
        WeightedSigmoidLoss() {
            super("weighted-sigmoid-bce");
        }

        @Override
        public NDArray evaluate(NDList labels, NDList predictions) {
            NDArray z = predictions.singletonOrThrow();
            NDArray y = labels.get(0);
            NDArray positive = Activation.softPlus(z.neg()).mul(y).mul(POSITIVE_WEIGHT);
            NDArray negative = Activation.softPlus(z).mul(y.neg().add(1));
            return positive.add(negative).mul(labels.get(1)).mean();
        }
    }
}
