package io.camelbenthos.protobuf;

import com.google.protobuf.AnyProto;
import com.google.protobuf.ApiProto;
import com.google.protobuf.DescriptorProtos;
import com.google.protobuf.DescriptorProtos.FileDescriptorProto;
import com.google.protobuf.Descriptors.Descriptor;
import com.google.protobuf.Descriptors.DescriptorValidationException;
import com.google.protobuf.Descriptors.FileDescriptor;
import com.google.protobuf.DurationProto;
import com.google.protobuf.EmptyProto;
import com.google.protobuf.FieldMaskProto;
import com.google.protobuf.InvalidProtocolBufferException;
import com.google.protobuf.SourceContextProto;
import com.google.protobuf.StructProto;
import com.google.protobuf.TimestampProto;
import com.google.protobuf.TypeProto;
import com.google.protobuf.WrappersProto;
import com.google.protobuf.util.JsonFormat;
import com.squareup.wire.schema.Location;
import com.squareup.wire.schema.ProtoFile;
import com.squareup.wire.schema.Schema;
import com.squareup.wire.schema.SchemaLoader;
import com.squareup.wire.schema.internal.SchemaEncoder;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The messages of a set of {@code .proto} files, read at config time with no code generation: Wire's schema loader
 * parses and links every {@code .proto} under each import path (as Benthos walks them), Wire's encoder turns each
 * file into a {@code FileDescriptorProto}, and protobuf-java builds the descriptors that {@code DynamicMessage} and
 * {@code JsonFormat} work with. Google's well-known types are protobuf-java's own, so JSON renders them as Go's
 * protojson does ({@code Timestamp} as RFC 3339, ...).
 */
public final class ProtoSchemas {
    private static final Map<String, FileDescriptor> WELL_KNOWN = Map.ofEntries(
            Map.entry("google/protobuf/any.proto", AnyProto.getDescriptor()),
            Map.entry("google/protobuf/api.proto", ApiProto.getDescriptor()),
            Map.entry("google/protobuf/descriptor.proto", DescriptorProtos.getDescriptor()),
            Map.entry("google/protobuf/duration.proto", DurationProto.getDescriptor()),
            Map.entry("google/protobuf/empty.proto", EmptyProto.getDescriptor()),
            Map.entry("google/protobuf/field_mask.proto", FieldMaskProto.getDescriptor()),
            Map.entry("google/protobuf/source_context.proto", SourceContextProto.getDescriptor()),
            Map.entry("google/protobuf/struct.proto", StructProto.getDescriptor()),
            Map.entry("google/protobuf/timestamp.proto", TimestampProto.getDescriptor()),
            Map.entry("google/protobuf/type.proto", TypeProto.getDescriptor()),
            Map.entry("google/protobuf/wrappers.proto", WrappersProto.getDescriptor()));

    private final Map<String, Descriptor> messages;
    private final JsonFormat.TypeRegistry registry;

    private ProtoSchemas(Map<String, Descriptor> messages) {
        this.messages = messages;
        JsonFormat.TypeRegistry.Builder types = JsonFormat.TypeRegistry.newBuilder();
        messages.values().forEach(types::add);
        this.registry = types.build();
    }

    /**
     * Reads every {@code .proto} file under {@code importPaths}.
     *
     * @throws IllegalArgumentException with Wire's text (file:line:col of the problem) when a path is missing, a file
     *     does not parse, or a type does not resolve
     */
    public static ProtoSchemas load(List<String> importPaths) {
        List<Location> roots = new ArrayList<>();
        for (String importPath : importPaths) {
            Path dir = Path.of(importPath);
            if (!Files.isDirectory(dir)) {
                throw new IllegalArgumentException("lstat " + importPath + ": no such file or directory");
            }
            roots.add(Location.Companion.get(dir.toString()));
        }
        Schema schema;
        try {
            SchemaLoader loader = new SchemaLoader(FileSystems.getDefault());
            loader.initRoots(roots, List.of());
            schema = loader.loadSchema();
        } catch (Exception e) { // Kotlin: an unreadable file is an undeclared IOException
            // Wire's multi-line explanations ("unable to resolve X\n  for field a (f.proto:3:3)") as one line
            throw new IllegalArgumentException(String.valueOf(e.getMessage()).strip().replaceAll("\\s*\\n\\s*", " "),
                    e);
        }
        Map<String, FileDescriptorProto> protos = new HashMap<>();
        SchemaEncoder encoder = new SchemaEncoder(schema);
        for (ProtoFile file : schema.getProtoFiles()) {
            String name = file.getLocation().getPath();
            if (!WELL_KNOWN.containsKey(name)) {
                try {
                    protos.put(name, FileDescriptorProto.parseFrom(encoder.encode(file).toByteArray()));
                } catch (InvalidProtocolBufferException e) {
                    throw new IllegalArgumentException(name + ": " + e.getMessage(), e);
                }
            }
        }
        Map<String, FileDescriptor> built = new HashMap<>(WELL_KNOWN);
        Map<String, Descriptor> messages = new HashMap<>();
        for (String name : protos.keySet()) {
            FileDescriptor file = build(name, protos, built);
            file.getMessageTypes().forEach(m -> collect(m, messages));
        }
        WELL_KNOWN.values().forEach(f -> f.getMessageTypes().forEach(m -> collect(m, messages)));
        return new ProtoSchemas(messages);
    }

    /** Builds a file after its imports (the dependency graph is acyclic: Wire refuses cycles). */
    private static FileDescriptor build(String name, Map<String, FileDescriptorProto> protos,
                                        Map<String, FileDescriptor> built) {
        FileDescriptor done = built.get(name);
        if (done != null) {
            return done;
        }
        FileDescriptorProto proto = protos.get(name);
        if (proto == null) {
            throw new IllegalArgumentException("import \"" + name + "\" was not found");
        }
        List<FileDescriptor> dependencies = new ArrayList<>();
        for (String dependency : proto.getDependencyList()) {
            dependencies.add(build(dependency, protos, built));
        }
        try {
            FileDescriptor file = FileDescriptor.buildFrom(proto, dependencies.toArray(FileDescriptor[]::new));
            built.put(name, file);
            return file;
        } catch (DescriptorValidationException e) {
            throw new IllegalArgumentException(name + ": " + e.getMessage(), e);
        }
    }

    private static void collect(Descriptor message, Map<String, Descriptor> into) {
        into.put(message.getFullName(), message);
        message.getNestedTypes().forEach(nested -> collect(nested, into));
    }

    /** The message called {@code fullName} ({@code testing.Person}), or null. */
    public Descriptor message(String fullName) {
        return messages.get(fullName);
    }

    /** Every message of the files, for {@code google.protobuf.Any} in JSON. */
    public JsonFormat.TypeRegistry registry() {
        return registry;
    }
}
