package seqstream.inference;

import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtProvider;
import ai.onnxruntime.OrtSession;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.lang.System.Logger.Level;
import java.nio.file.Path;
import java.util.Map;

/**
 * One ONNX graph in an ONNX Runtime session on the chosen execution provider, timed per call.
 * Thread-safe: ONNX Runtime sessions may be run from many threads at once.
 */
public final class OnnxModel implements AutoCloseable {
    private static final System.Logger LOG = System.getLogger(OnnxModel.class.getName());

    private final OrtSession session;
    private final String executionProvider;
    private final Timer latency;
    private final DistributionSummary batchSizes;

    private OnnxModel(OrtSession session, String executionProvider, Timer latency, DistributionSummary batchSizes) {
        this.session = session;
        this.executionProvider = executionProvider;
        this.latency = latency;
        this.batchSizes = batchSizes;
    }

    /**
     * Opens a graph. Metrics: {@code seqstream.inference.latency} (a timer) and
     * {@code seqstream.inference.batch.size}, tagged with the model name.
     */
    public static OnnxModel open(Path graph, String modelName, InferenceOptions options, MeterRegistry registry) {
        OrtEnvironment env = OrtEnvironment.getEnvironment();
        try {
            OrtSession.SessionOptions sessionOptions = new OrtSession.SessionOptions();
            if (options.threads() > 0) {
                sessionOptions.setIntraOpNumThreads(options.threads());
            }
            String provider = chooseProvider(env, sessionOptions, options.device(), modelName);
            OrtSession session = env.createSession(graph.toString(), sessionOptions);
            Timer latency = Timer.builder("seqstream.inference.latency")
                    .description("time of one inference call (one batch)")
                    .tag("model", modelName)
                    .publishPercentileHistogram()
                    .register(registry);
            DistributionSummary batchSizes = DistributionSummary.builder("seqstream.inference.batch.size")
                    .description("inputs per inference call")
                    .tag("model", modelName)
                    .register(registry);
            return new OnnxModel(session, provider, latency, batchSizes);
        } catch (OrtException e) {
            throw new ModelBundleException("ONNX Runtime cannot load " + graph + ": " + e.getMessage(), e);
        }
    }

    /** Adds the CUDA provider where asked for and available; the CPU provider is always there behind it. */
    private static String chooseProvider(OrtEnvironment env, OrtSession.SessionOptions sessionOptions,
            Device device, String modelName) {
        if (device == Device.CPU) {
            return "CPU";
        }
        // Asked for CUDA and not getting it deserves a warning; auto on a CPU build is the expected case.
        if (!env.getAvailableProviders().contains(OrtProvider.CUDA)) {
            LOG.log(device == Device.CUDA ? Level.WARNING : Level.DEBUG,
                    "{0}: this ONNX Runtime build has no CUDA provider (build with -Pgpu); running on CPU", modelName);
            return "CPU";
        }
        try {
            sessionOptions.addCUDA(0);
            return "CUDA";
        } catch (OrtException | RuntimeException | UnsatisfiedLinkError e) {
            LOG.log(Level.WARNING, "{0}: CUDA provider failed to load ({1}); running on CPU", modelName, e.getMessage());
            return "CPU";
        }
    }

    /** Runs the graph once on a batch; the caller closes the result. */
    public OrtSession.Result run(Map<String, OnnxTensor> inputs, int batchSize) {
        batchSizes.record(batchSize);
        long start = System.nanoTime();
        try {
            return session.run(inputs);
        } catch (OrtException e) {
            throw new IllegalStateException("inference failed: " + e.getMessage(), e);
        } finally {
            latency.record(System.nanoTime() - start, java.util.concurrent.TimeUnit.NANOSECONDS);
        }
    }

    /** "CUDA" or "CPU": where this graph actually runs. */
    public String executionProvider() {
        return executionProvider;
    }

    public static OrtEnvironment environment() {
        return OrtEnvironment.getEnvironment();
    }

    @Override
    public void close() {
        try {
            session.close();
        } catch (OrtException e) {
            LOG.log(Level.WARNING, "closing an ONNX session failed: {0}", e.getMessage());
        }
    }
}
