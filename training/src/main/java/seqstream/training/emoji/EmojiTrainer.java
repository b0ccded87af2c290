package seqstream.training.emoji;

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
import java.util.function.IntConsumer;
import seqstream.text.emoji.EmojiText;
import seqstream.text.emoji.EmojiText.Embedded;
import seqstream.vectors.WordVectors;

/** Trains an {@link EmojiModel} with DJL: Adam, softmax cross-entropy, shuffled mini-batches. */
public final class EmojiTrainer implements AutoCloseable {

    private final Model model;
    private final EmojiModel block;
    private final Trainer trainer;

    /** @param sgd plain SGD (the course's v1) rather than Adam */
    public EmojiTrainer(String version, int dimensions, boolean sgd, float learningRate, long seed) {
        Engine.getInstance().setRandomSeed((int) seed);
        block = EmojiModel.of(version);
        model = Model.newInstance("emojify-" + version);
        model.setBlock(block);
        trainer = model.newTrainer(new DefaultTrainingConfig(Loss.softmaxCrossEntropyLoss())
                .optOptimizer(sgd ? Optimizer.sgd().setLearningRateTracker(Tracker.fixed(learningRate)).build()
                        : Optimizer.adam().optLearningRateTracker(Tracker.fixed(learningRate)).build()));
        trainer.initialize(new Shape(2, 3, dimensions), new Shape(2));
    }

    /** {@code epochs} passes over the examples in seeded order; {@code afterEpoch} hears each epoch's number. */
    public void train(List<EmojiData.Example> examples, WordVectors vectors, int epochs, int batchSize, SplittableRandom random,
            IntConsumer afterEpoch) {
        List<List<String>> words = examples.stream().map(e -> EmojiText.knownWords(e.text(), vectors)).toList();
        for (int epoch = 1; epoch <= epochs; epoch++) {
            int[] order = random.ints(0, Integer.MAX_VALUE).limit(examples.size()).toArray();
            Integer[] shuffled = java.util.stream.IntStream.range(0, examples.size()).boxed()
                    .sorted(java.util.Comparator.comparingInt(i -> order[i])).toArray(Integer[]::new);
            for (int from = 0; from < shuffled.length; from += batchSize) {
                List<Integer> batch = List.of(shuffled).subList(from, Math.min(shuffled.length, from + batchSize)).stream()
                        .filter(i -> !words.get(i).isEmpty()).toList();
                if (batch.isEmpty()) {
                    continue;
                }
                Embedded input = EmojiText.embed(batch.stream().map(words::get).toList(), vectors);
                float[] labels = new float[batch.size()];
                for (int b = 0; b < batch.size(); b++) {
                    labels[b] = examples.get(batch.get(b)).label();
                }
                try (NDManager scope = trainer.getManager().newSubManager()) {
                    NDList x = inputs(scope, input);
                    try (GradientCollector collector = trainer.newGradientCollector()) {
                        NDArray loss = trainer.getLoss().evaluate(new NDList(scope.create(labels)), trainer.forward(x));
                        collector.backward(loss);
                    }
                    trainer.step();
                }
            }
            afterEpoch.accept(epoch);
        }
    }

    /** Softmax probabilities from DJL (inference mode: no dropout), [batch][5]. */
    public float[][] probabilities(Embedded input) {
        try (NDManager manager = NDManager.newBaseManager()) {
            NDArray logits = block.forward(new ParameterStore(manager, false), inputs(manager, input), false).head();
            float[] flat = logits.softmax(1).toFloatArray();
            float[][] out = new float[input.batch()][EmojiModel.CLASSES];
            for (int b = 0; b < out.length; b++) {
                System.arraycopy(flat, b * EmojiModel.CLASSES, out[b], 0, EmojiModel.CLASSES);
            }
            return out;
        }
    }

    /** The model's two inputs: vectors and lengths (float). */
    static NDList inputs(NDManager manager, Embedded input) {
        float[] lengths = new float[input.batch()];
        for (int b = 0; b < input.batch(); b++) {
            lengths[b] = input.lengths()[b];
        }
        return new NDList(manager.create(input.vectors(), new Shape(input.batch(), input.longest(), input.dimensions())),
                manager.create(lengths));
    }

    public EmojiModel block() {
        return block;
    }

    @Override
    public void close() {
        trainer.close();
        model.close();
    }
}
