package seqstream.training.names;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A character n-gram model with interpolated Kneser-Ney smoothing (discount 0.75): the baseline the
 * names model must beat. Each name is read after n-1 end symbols and ends with one, like the RNN's.
 */
public final class CharNgramModel {
    private static final double DISCOUNT = 0.75;
    private static final char END = '\n';

    private final int order;
    private final int vocabulary;
    /** counts.get(k): context of length k -> next character -> count (k = order-1: raw counts; lower: continuation counts). */
    private final List<Map<String, Map<Character, Integer>>> counts;

    public CharNgramModel(int order, List<String> names, int vocabulary) {
        this.order = order;
        this.vocabulary = vocabulary;
        this.counts = new java.util.ArrayList<>();
        for (int k = 0; k < order; k++) {
            counts.add(new HashMap<>());
        }
        Set<String> seen = new HashSet<>();
        for (String name : names) {
            String padded = String.valueOf(END).repeat(order - 1) + name + END;
            for (int i = order - 1; i < padded.length(); i++) {
                char next = padded.charAt(i);
                String history = padded.substring(i - order + 1, i);
                increment(order - 1, history, next);
                // Kneser-Ney: a lower order counts the distinct characters that precede its n-gram.
                for (int k = order - 2; k >= 0; k--) {
                    String shorter = history.substring(history.length() - k);
                    String ngramWithOneBefore = history.substring(history.length() - k - 1) + next;
                    if (seen.add(ngramWithOneBefore)) {
                        increment(k, shorter, next);
                    }
                }
            }
        }
    }

    private void increment(int k, String context, char next) {
        counts.get(k).computeIfAbsent(context, c -> new HashMap<>()).merge(next, 1, Integer::sum);
    }

    /** P(next | the n-1 characters before it). */
    public double probability(String history, char next) {
        return probability(order - 1, history.substring(history.length() - (order - 1)), next);
    }

    private double probability(int k, String context, char next) {
        double lower = k == 0 ? 1.0 / vocabulary : probability(k - 1, context.substring(1), next);
        Map<Character, Integer> following = counts.get(k).get(context);
        if (following == null) {
            return lower;
        }
        int total = following.values().stream().mapToInt(Integer::intValue).sum();
        double discounted = Math.max(following.getOrDefault(next, 0) - DISCOUNT, 0) / total;
        return discounted + DISCOUNT * following.size() / total * lower;
    }

    /** Mean negative log-likelihood per predicted character (nats), the end of each name included. */
    public double nllPerChar(List<String> names) {
        double nll = 0;
        long chars = 0;
        for (String name : names) {
            String padded = String.valueOf(END).repeat(order - 1) + name + END;
            for (int i = order - 1; i < padded.length(); i++) {
                nll -= Math.log(probability(padded.substring(0, i), padded.charAt(i)));
                chars++;
            }
        }
        return nll / chars;
    }
}
