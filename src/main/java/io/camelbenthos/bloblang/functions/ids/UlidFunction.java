package io.camelbenthos.bloblang.functions.ids;

import io.camelbenthos.bloblang.plugin.Args;
import io.camelbenthos.bloblang.plugin.Errors;
import io.camelbenthos.bloblang.plugin.FunctionImpl;
import io.camelbenthos.bloblang.plugin.FunctionPlugin;
import io.camelbenthos.bloblang.plugin.ParamSpec;
import io.camelbenthos.bloblang.plugin.PluginSpec;
import java.security.SecureRandom;
import java.util.Random;
import java.util.SplittableRandom;
import java.util.function.Consumer;

/** {@code ulid(encoding, random_source)}: a ULID (48-bit millisecond time plus 80 random bits) in Crockford base32 or hex. */
public final class UlidFunction implements FunctionPlugin {
    private static Consumer<byte[]> fastEntropy() {
        SplittableRandom random = new SplittableRandom();
        return bytes -> {
            synchronized (random) {
                random.nextBytes(bytes);
            }
        };
    }

    @Override
    public PluginSpec spec() {
        return PluginSpec.function("ulid")
                .category("General")
                .description("Generates a Universally Unique Lexicographically Sortable Identifier (ULID). ULIDs are 128-bit identifiers that are sortable by creation time, URL-safe, and case-insensitive. They consist of a 48-bit timestamp (millisecond precision) and 80 bits of randomness, making them ideal for distributed systems that need time-ordered unique IDs without coordination.")
                .param(ParamSpec.string("encoding", "Encoding format for the ULID. \"crockford\" produces 26-character Base32 strings (recommended). \"hex\" produces 32-character hexadecimal strings.").withDefault("crockford"))
                .param(ParamSpec.string("random_source", "Randomness source: \"secure_random\" uses cryptographically secure random (recommended for production), \"fast_random\" uses faster but non-secure random (only for non-sensitive testing).").withDefault("secure_random"))
                .build();
    }

    @Override
    public FunctionImpl bind(Args args) {
        String encoding = args.string("encoding");
        if (!encoding.equals("crockford") && !encoding.equals("hex")) {
            throw Errors.failure("invalid ulid encoding: %s", encoding);
        }
        String source = args.string("random_source");
        Consumer<byte[]> entropy = switch (source) {
            case "secure_random" -> new SecureRandom()::nextBytes;
            case "fast_random" -> fastEntropy();
            default -> throw Errors.failure("invalid randomness source: %s", source);
        };
        boolean hex = encoding.equals("hex");
        return ctx -> Ulid.next(System.currentTimeMillis(), entropy, hex);
    }
}
