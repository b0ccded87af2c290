package seqstream.training.names;

/**
 * How the names models are trained; everything that changes the result goes into model.json.
 *
 * @param seed             initial weights and name order
 * @param hidden           our LSTM's hidden units
 * @param learningRate     Adam's starting learning rate; divided by 3 whenever validation stops improving
 * @param maxEpochs        passes over the training names at most
 * @param patience         epochs without a better validation score before the learning rate drops (three drops end training)
 * @param courseIterations the course model's updates (one name each), as in the course
 */
public record NamesSettings(long seed, int hidden, double learningRate, int maxEpochs, int patience, int courseIterations) {
    public static final NamesSettings FULL = new NamesSettings(0, 128, 0.003, 40, 1, 35_000);
}
