package seqstream.training.names;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.function.IntConsumer;
import seqstream.rnn.CharModel;
import seqstream.rnn.Optimizer;
import seqstream.rnn.Param;
import seqstream.text.CharVocabulary;
import seqstream.text.names.NameText;

/** Training and measuring a {@link CharModel} on names: one name per update, as the course trains. */
public final class NameLanguageModel {
    public static final CharVocabulary VOCABULARY = new CharVocabulary(NameText.symbols());
    static final double CLIP = 5.0;

    private NameLanguageModel() {
    }

    /** "abc" reads [start, a, b, c] and predicts [a, b, c, end]. */
    static int[][] encode(String name) {
        int[] inputs = new int[name.length() + 1];
        int[] targets = new int[name.length() + 1];
        inputs[0] = CharModel.START;
        for (int i = 0; i < name.length(); i++) {
            int index = VOCABULARY.index(String.valueOf(name.charAt(i)));
            inputs[i + 1] = index;
            targets[i] = index;
        }
        targets[name.length()] = VOCABULARY.index(NameText.END);
        return new int[][] {inputs, targets};
    }

    /** Mean negative log-likelihood per predicted character (nats), the end of each name included. */
    public static double nllPerChar(CharModel model, List<String> names) {
        double nll = 0;
        long chars = 0;
        for (String name : names) {
            int[][] encoded = encode(name);
            nll += model.loss(encoded[0], encoded[1], false);
            chars += encoded[1].length;
        }
        return nll / chars;
    }

    /** The course's loop: {@code iterations} updates, one name each, cycling through the names in a shuffled order. */
    static void trainIterations(CharModel model, List<String> names, int iterations, Optimizer optimizer, long seed) {
        List<String> order = new ArrayList<>(names);
        Collections.shuffle(order, new Random(seed));
        for (int i = 0; i < iterations; i++) {
            update(model, order.get(i % order.size()), optimizer);
        }
    }

    /** One pass over the names in a fresh order; {@code afterName} hears the running count (progress). */
    static void trainEpoch(CharModel model, List<String> names, Optimizer optimizer, Random random, IntConsumer afterName) {
        List<String> order = new ArrayList<>(names);
        Collections.shuffle(order, random);
        for (int i = 0; i < order.size(); i++) {
            update(model, order.get(i), optimizer);
            afterName.accept(i);
        }
    }

    private static void update(CharModel model, String name, Optimizer optimizer) {
        int[][] encoded = encode(name);
        model.loss(encoded[0], encoded[1], true);
        List<Param> parameters = model.parameters();
        Optimizer.clip(parameters, CLIP);
        optimizer.step(parameters);
    }

    static double[][] snapshot(CharModel model) {
        return model.parameters().stream().map(p -> p.value.clone()).toArray(double[][]::new);
    }

    static void restore(CharModel model, double[][] snapshot) {
        List<Param> parameters = model.parameters();
        for (int i = 0; i < parameters.size(); i++) {
            System.arraycopy(snapshot[i], 0, parameters.get(i).value, 0, snapshot[i].length);
        }
    }
}
