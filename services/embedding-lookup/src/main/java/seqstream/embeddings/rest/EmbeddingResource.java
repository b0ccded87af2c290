package seqstream.embeddings.rest;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import seqstream.contracts.EmbeddingRequest;
import seqstream.contracts.EmbeddingResult;
import seqstream.contracts.InvalidMessageException;
import seqstream.embeddings.service.EmbeddingLookupService;

/** Every operation of the Kafka flow, answered synchronously: as the same JSON, or as a GET per operation. */
@Path("/embeddings")
@Produces(MediaType.APPLICATION_JSON)
public class EmbeddingResource {
    /** A list larger than this is refused: it would hold one request thread for too long. */
    public static final int MAX_BATCH = 1024;

    private final EmbeddingLookupService service;

    public EmbeddingResource(EmbeddingLookupService service) {
        this.service = service;
    }

    /** The Kafka request's fields; the id is optional here. */
    public record Question(String id, String op, List<String> words, Integer k, String method) {
        EmbeddingRequest request() {
            return new EmbeddingRequest(id == null || id.isBlank() ? UUID.randomUUID().toString() : id, op, words,
                    k == null ? EmbeddingRequest.DEFAULT_K : k, method);
        }
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Answer one question: {\"op\": \"neighbors\", \"words\": [\"frog\"], \"k\": 10}")
    public EmbeddingResult ask(Question question) {
        if (question == null) {
            throw new InvalidMessageException("expected a JSON object such as {\"op\": \"neighbors\", \"words\": [\"frog\"]}");
        }
        return service.answer(List.of(question.request())).getFirst();
    }

    @POST
    @Path("/batch")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Answer a list of questions, in order, neighbours and analogies each in one pass over the vectors")
    public List<EmbeddingResult> askAll(List<Question> questions) {
        if (questions == null) {
            throw new InvalidMessageException("expected a JSON array of questions");
        }
        if (questions.size() > MAX_BATCH) {
            throw new InvalidMessageException(questions.size() + " questions; at most " + MAX_BATCH + " per request");
        }
        List<EmbeddingRequest> requests = new ArrayList<>();
        for (int i = 0; i < questions.size(); i++) {
            if (questions.get(i) == null) {
                throw new InvalidMessageException("[" + i + "]: null, expected a question");
            }
            try {
                requests.add(service.checkWords(questions.get(i).request()));
            } catch (InvalidMessageException e) {
                throw new InvalidMessageException("[" + i + "]: " + e.getMessage());
            }
        }
        return service.answer(requests);
    }

    @GET
    @Path("/similarity")
    @Operation(summary = "The cosine similarity of two words")
    public EmbeddingResult similarity(@QueryParam("a") String a, @QueryParam("b") String b) {
        return ask("similarity", null, null, a, b);
    }

    @GET
    @Path("/neighbors")
    @Operation(summary = "The k words most similar to a word")
    public EmbeddingResult neighbors(@QueryParam("word") String word, @QueryParam("k") @DefaultValue("10") int k) {
        return ask("neighbors", k, null, word);
    }

    @GET
    @Path("/analogy")
    @Operation(summary = "a:b :: c:? (method gensim, the default, or course)")
    public EmbeddingResult analogy(@QueryParam("a") String a, @QueryParam("b") String b, @QueryParam("c") String c,
            @QueryParam("method") String method) {
        return ask("analogy", null, method, a, b, c);
    }

    @GET
    @Path("/bias")
    @Operation(summary = "A word's cosine with the gender axis unit(woman) - unit(man), and its projection on it")
    public EmbeddingResult bias(@QueryParam("word") String word) {
        return ask("bias", null, null, word);
    }

    @GET
    @Path("/neutralize")
    @Operation(summary = "A word's cosine with the gender axis before and after neutralizing")
    public EmbeddingResult neutralize(@QueryParam("word") String word) {
        return ask("neutralize", null, null, word);
    }

    @GET
    @Path("/equalize")
    @Operation(summary = "A pair's cosines with the gender axis before and after equalizing")
    public EmbeddingResult equalize(@QueryParam("a") String a, @QueryParam("b") String b) {
        return ask("equalize", null, null, a, b);
    }

    private EmbeddingResult ask(String op, Integer k, String method, String... words) {
        for (String word : words) {
            if (word == null) {
                throw new InvalidMessageException("'" + op + "' needs " + words.length + " word parameter(s); one is missing");
            }
        }
        return ask(new Question(null, op, Arrays.asList(words), k, method));
    }
}
