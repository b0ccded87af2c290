package seqstream.training.onnx;

import ai.onnx.proto.OnnxMl.AttributeProto;
import ai.onnx.proto.OnnxMl.GraphProto;
import ai.onnx.proto.OnnxMl.ModelProto;
import ai.onnx.proto.OnnxMl.NodeProto;
import ai.onnx.proto.OnnxMl.OperatorSetIdProto;
import ai.onnx.proto.OnnxMl.TensorProto;
import ai.onnx.proto.OnnxMl.TensorShapeProto;
import ai.onnx.proto.OnnxMl.TypeProto;
import ai.onnx.proto.OnnxMl.ValueInfoProto;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;

/**
 * Writes an ONNX graph node by node with the ONNX protobuf classes (from tribuo-util-onnx). Tribuo's own
 * graph helper knows only float inputs and a few operators; seqstream's graphs need LSTMs, integer inputs
 * and three-dimensional outputs, so this is a thin builder over the same protobuf classes.
 */
public final class OnnxGraph {
    public static final int OPSET = 17;

    private final GraphProto.Builder graph = GraphProto.newBuilder();
    private int counter;

    public OnnxGraph(String name) {
        graph.setName(name);
    }

    /** A graph input; a dimension of -1 is dynamic (the batch, say). */
    public String input(String name, TensorProto.DataType type, long... shape) {
        graph.addInput(valueInfo(name, type, shape));
        return name;
    }

    /** Declares a graph output produced by some node under this name. */
    public void output(String name, TensorProto.DataType type, long... shape) {
        graph.addOutput(valueInfo(name, type, shape));
    }

    /** A float constant (weights). */
    public String constant(String name, float[] values, long... shape) {
        TensorProto.Builder tensor = TensorProto.newBuilder().setName(name).setDataType(TensorProto.DataType.FLOAT.getNumber());
        Arrays.stream(shape).forEach(tensor::addDims);
        for (float value : values) {
            tensor.addFloatData(value);
        }
        graph.addInitializer(tensor);
        return name;
    }

    /** An int64 constant (axes, shapes, split sizes). */
    public String longs(String name, long... values) {
        TensorProto.Builder tensor = TensorProto.newBuilder().setName(name).setDataType(TensorProto.DataType.INT64.getNumber())
                .addDims(values.length);
        for (long value : values) {
            tensor.addInt64Data(value);
        }
        graph.addInitializer(tensor);
        return name;
    }

    /** One node with one output, named after the operator unless {@code outputName} is given. */
    public String node(String op, Map<String, Object> attributes, String... inputs) {
        return nodeNamed(op, op.toLowerCase() + "_" + counter++, attributes, inputs);
    }

    public String node(String op, String... inputs) {
        return node(op, Map.of(), inputs);
    }

    public String nodeNamed(String op, String outputName, Map<String, Object> attributes, String... inputs) {
        return nodeWithOutputs(op, new String[] {outputName}, attributes, inputs)[0];
    }

    /** A node with several outputs (Split, LSTM); an empty output name leaves that output out. */
    public String[] nodeWithOutputs(String op, String[] outputs, Map<String, Object> attributes, String... inputs) {
        NodeProto.Builder node = NodeProto.newBuilder().setOpType(op).setName(op + "_" + counter++);
        Arrays.stream(inputs).forEach(node::addInput);
        Arrays.stream(outputs).forEach(node::addOutput);
        attributes.forEach((key, value) -> node.addAttribute(attribute(key, value)));
        graph.addNode(node);
        return outputs;
    }

    /** The element-wise mean of same-shaped tensors (an ensemble's members' outputs), named {@code outputName}. */
    public String mean(String outputName, String... inputs) {
        return nodeNamed("Div", outputName, Map.of(), node("Sum", inputs), constant(uniqueName("count"), new float[] {inputs.length}, 1));
    }

    public boolean hasInitializer(String name) {
        return graph.getInitializerList().stream().anyMatch(t -> t.getName().equals(name));
    }

    public String uniqueName(String prefix) {
        return prefix + "_" + counter++;
    }

    public void write(Path file, String producer) throws IOException {
        ModelProto model = ModelProto.newBuilder()
                .setIrVersion(8)
                .setProducerName(producer)
                .addOpsetImport(OperatorSetIdProto.newBuilder().setDomain("").setVersion(OPSET))
                .setGraph(graph)
                .build();
        Files.createDirectories(file.toAbsolutePath().getParent());
        try (OutputStream out = Files.newOutputStream(file)) {
            model.writeTo(out);
        }
    }

    private static ValueInfoProto valueInfo(String name, TensorProto.DataType type, long... shape) {
        TensorShapeProto.Builder dims = TensorShapeProto.newBuilder();
        for (int i = 0; i < shape.length; i++) {
            // Each dynamic dimension gets a name of its own: dimensions with one name must be equal.
            dims.addDim(shape[i] < 0 ? TensorShapeProto.Dimension.newBuilder().setDimParam(i == 0 ? "batch" : "dim" + i)
                    : TensorShapeProto.Dimension.newBuilder().setDimValue(shape[i]));
        }
        TypeProto.Builder typeProto = TypeProto.newBuilder().setTensorType(
                TypeProto.Tensor.newBuilder().setElemType(type.getNumber()).setShape(dims));
        return ValueInfoProto.newBuilder().setName(name).setType(typeProto).build();
    }

    private static AttributeProto attribute(String name, Object value) {
        AttributeProto.Builder attribute = AttributeProto.newBuilder().setName(name);
        switch (value) {
            case Integer i -> attribute.setType(AttributeProto.AttributeType.INT).setI(i);
            case Long l -> attribute.setType(AttributeProto.AttributeType.INT).setI(l);
            case Float f -> attribute.setType(AttributeProto.AttributeType.FLOAT).setF(f);
            case String s -> attribute.setType(AttributeProto.AttributeType.STRING)
                    .setS(com.google.protobuf.ByteString.copyFromUtf8(s));
            case long[] longs -> {
                attribute.setType(AttributeProto.AttributeType.INTS);
                Arrays.stream(longs).forEach(attribute::addInts);
            }
            default -> throw new IllegalArgumentException("attribute " + name + ": unsupported type " + value.getClass());
        }
        return attribute.build();
    }
}
