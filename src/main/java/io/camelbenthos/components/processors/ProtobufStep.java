package io.camelbenthos.components.processors;

import com.google.protobuf.Descriptors.Descriptor;
import com.google.protobuf.DynamicMessage;
import com.google.protobuf.InvalidProtocolBufferException;
import com.google.protobuf.util.JsonFormat;
import io.camelbenthos.message.Message;
import io.camelbenthos.protobuf.ProtoSchemas;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The {@code protobuf} processor's step (processors reference §20): {@code to_json} decodes the content as the
 * message type and writes its protobuf JSON mapping, {@code from_json} the reverse. The {@code .proto} files are read
 * once, when the step is first compiled (at translation), never per message.
 */
public class ProtobufStep extends PerMessageStep {
    /** The compiled form: the message type and the converters set up for it. */
    record Compiled(Descriptor type, JsonFormat.Printer printer, JsonFormat.Parser parser) {
    }

    private String operator = "to_json";
    private String message = "";
    private List<String> importPaths = List.of();
    private boolean discardUnknown;
    private boolean useProtoNames;
    private boolean useEnumNumbers;
    private volatile Compiled compiled;

    public String getOperator() {
        return operator;
    }

    public void setOperator(String operator) {
        this.operator = operator;
    }

    /** The fully qualified message name ({@code testing.Person}). */
    public String getMessage() {
        return message;
    }

    public void setMessage(String message) {
        this.message = message;
        this.compiled = null;
    }

    public List<String> getImportPaths() {
        return importPaths;
    }

    public void setImportPaths(List<String> importPaths) {
        this.importPaths = List.copyOf(importPaths);
        this.compiled = null;
    }

    public boolean isDiscardUnknown() {
        return discardUnknown;
    }

    public void setDiscardUnknown(boolean discardUnknown) {
        this.discardUnknown = discardUnknown;
        this.compiled = null;
    }

    public boolean isUseProtoNames() {
        return useProtoNames;
    }

    public void setUseProtoNames(boolean useProtoNames) {
        this.useProtoNames = useProtoNames;
        this.compiled = null;
    }

    public boolean isUseEnumNumbers() {
        return useEnumNumbers;
    }

    public void setUseEnumNumbers(boolean useEnumNumbers) {
        this.useEnumNumbers = useEnumNumbers;
        this.compiled = null;
    }

    @Override
    protected Message process(Message m) throws Exception {
        Compiled c = compiled();
        if ("from_json".equals(operator)) {
            DynamicMessage.Builder builder = DynamicMessage.newBuilder(c.type());
            try {
                c.parser().merge(m.contentAsString(), builder);
            } catch (InvalidProtocolBufferException | RuntimeException e) {
                throw new IllegalStateException("failed to unmarshal JSON message '" + message + "': "
                        + e.getMessage());
            }
            return m.setContent(builder.build().toByteArray());
        }
        DynamicMessage decoded;
        try {
            decoded = DynamicMessage.parseFrom(c.type(), m.content());
        } catch (InvalidProtocolBufferException e) {
            throw new IllegalStateException("failed to unmarshal protobuf message '" + message + "': "
                    + e.getMessage());
        }
        return m.setContent(c.printer().print(decoded).getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Reads the {@code .proto} files and finds the message (Benthos does it when the processor is built).
     *
     * @throws IllegalArgumentException Benthos's text, or Wire's with the file, line and column of the problem
     */
    public Compiled compiled() {
        Compiled c = compiled;
        if (c != null) {
            return c;
        }
        if (message.isEmpty()) {
            throw new IllegalArgumentException("message field must not be empty");
        }
        ProtoSchemas schemas = ProtoSchemas.load(importPaths);
        Descriptor type = schemas.message(message);
        if (type == null) {
            throw new IllegalArgumentException("unable to find message '" + message + "' definition within '["
                    + String.join(" ", importPaths) + "]'");
        }
        JsonFormat.Printer printer = JsonFormat.printer().usingTypeRegistry(schemas.registry())
                .omittingInsignificantWhitespace();
        if (useProtoNames) {
            printer = printer.preservingProtoFieldNames();
        }
        if (useEnumNumbers) {
            printer = printer.printingEnumsAsInts();
        }
        JsonFormat.Parser parser = JsonFormat.parser().usingTypeRegistry(schemas.registry());
        if (discardUnknown) {
            parser = parser.ignoringUnknownFields();
        }
        c = new Compiled(type, printer, parser);
        compiled = c;
        return c;
    }
}
