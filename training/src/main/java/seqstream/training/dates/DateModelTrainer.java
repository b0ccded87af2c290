package seqstream.training.dates;

import ai.djl.Model;
import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.training.DefaultTrainingConfig;
import ai.djl.training.GradientCollector;
import ai.djl.training.ParameterStore;
import ai.djl.training.Trainer;
import ai.djl.training.loss.Loss;
import ai.djl.training.optimizer.Optimizer;
import ai.djl.training.tracker.Tracker;
import java.util.function.ObjIntConsumer;
import seqstream.text.dates.DateText;

/** Trains a {@link DateAttentionModel} with DJL on fresh generated examples, one batch per step. */
public final class DateModelTrainer implements AutoCloseable {
    private final Model model;
    private final DateAttentionModel block;
    private final Trainer trainer;
    private final TrainingSettings settings;

    public DateModelTrainer(TrainingSettings settings) {
        this.settings = settings;
        Engine.getInstance().setRandomSeed((int) settings.seed());
        block = new DateAttentionModel(DateBatch.INPUT.size(), DateBatch.OUTPUT.size(), DateText.OUTPUT_LENGTH);
        model = Model.newInstance("dates");
        model.setBlock(block);
        Tracker learningRate = Tracker.cosine()
                .setBaseValue(settings.learningRate())
                .optFinalValue(settings.learningRate() / 20)
                .setMaxUpdates(Math.max(1, settings.steps()))
                .build();
        Optimizer adam = Optimizer.adam().optLearningRateTracker(learningRate).optClipGrad(1f).build();
        trainer = model.newTrainer(new DefaultTrainingConfig(new SequenceCrossEntropy()).optOptimizer(adam));
        trainer.initialize(new Shape(settings.batchSize(), DateText.INPUT_LENGTH));
    }

    /**
     * Runs all the steps; {@code afterStep} hears each finished step's loss and number (progress bars).
     * Returns the mean loss of the last 100 steps.
     */
    public double train(ObjIntConsumer<Float> afterStep) {
        DateExamples examples = new DateExamples(settings.seed());
        double recentLoss = 0;
        int recent = 0;
        for (int step = 0; step < settings.steps(); step++) {
            float loss = step(DateBatch.of(examples.next(settings.batchSize())));
            if (step >= settings.steps() - 100) {
                recentLoss += loss;
                recent++;
            }
            afterStep.accept(loss, step);
        }
        return recent == 0 ? Double.NaN : recentLoss / recent;
    }

    private float step(DateBatch batch) {
        try (NDManager scope = trainer.getManager().newSubManager()) {
            NDArray chars = scope.create(batch.chars(), new Shape(batch.size(), DateText.INPUT_LENGTH));
            NDArray labels = scope.create(batch.labels(), new Shape(batch.size(), DateText.OUTPUT_LENGTH));
            float loss;
            try (GradientCollector collector = trainer.newGradientCollector()) {
                NDList predictions = trainer.forward(new NDList(chars));
                NDArray lossValue = trainer.getLoss().evaluate(new NDList(labels), predictions);
                collector.backward(lossValue);
                loss = lossValue.getFloat();
            }
            trainer.step();
            return loss;
        }
    }

    /** Probabilities and attention from DJL itself, for the parity check against the exported graph. */
    public NDList predict(NDManager manager, DateBatch batch) {
        NDArray chars = manager.create(batch.chars(), new Shape(batch.size(), DateText.INPUT_LENGTH));
        NDList out = block.forward(new ParameterStore(manager, false), new NDList(chars), false);
        return new NDList(out.get(0).softmax(2), out.get(1));
    }

    public DateAttentionModel block() {
        return block;
    }

    @Override
    public void close() {
        trainer.close();
        model.close();
    }

    /** Mean cross-entropy over every output character: logits [B, Ty, V], labels [B, Ty]. */
    static final class SequenceCrossEntropy extends Loss {
        SequenceCrossEntropy() {
            super("sequence-cross-entropy");
        }

        @Override
        public NDArray evaluate(NDList labels, NDList predictions) {
            NDArray logits = predictions.get(0);
            NDArray target = labels.singletonOrThrow().oneHot((int) logits.getShape().get(2), DataType.FLOAT32);
            return logits.logSoftmax(2).mul(target).sum(new int[] {2}).mean().neg();
        }
    }
}
