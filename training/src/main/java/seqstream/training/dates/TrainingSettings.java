package seqstream.training.dates;

/**
 * How to train the dates model; everything that changes the result is here and goes into model.json.
 *
 * @param seed         seeds the training examples and the initial weights
 * @param steps        optimizer steps, each on a batch of fresh examples
 * @param batchSize    examples per step
 * @param learningRate Adam's starting learning rate; it decays along a cosine to 1/20 of that
 */
public record TrainingSettings(long seed, int steps, int batchSize, float learningRate) {
    /** The settings behind the committed bundle. */
    public static final TrainingSettings FULL = new TrainingSettings(20180509L, 8000, 128, 0.005f);
}
