package io.camelbenthos.bloblang.methods.encoding;

import io.camelbenthos.bloblang.plugin.Errors;
import java.io.IOException;
import io.camelbenthos.bloblang.plugin.Args;
import io.camelbenthos.bloblang.plugin.MethodImpl;
import io.camelbenthos.bloblang.plugin.MethodPlugin;
import io.camelbenthos.bloblang.plugin.ParamSpec;
import io.camelbenthos.bloblang.plugin.PluginSpec;

/** {@code compress(algorithm, level)}: bytes compressed with flate, gzip, pgzip, lz4, snappy, zlib or zstd. */
public final class CompressMethod implements MethodPlugin {
    @Override
    public PluginSpec spec() {
        return PluginSpec.method("compress").category(BinaryTarget.CATEGORY).pure()
                .description("Compresses a string or byte array using the specified compression algorithm. Returns "
                        + "compressed data as bytes. Useful for reducing payload size before transmission or storage.")
                .param(ParamSpec.string("algorithm", "The compression algorithm: `flate`, `gzip`, `pgzip` "
                        + "(parallel gzip), `lz4`, `snappy`, `zlib`, or `zstd`."))
                .param(ParamSpec.int64("level", "Compression level (default: -1 for default compression). Higher "
                        + "values increase compression ratio but use more CPU. Range and effect varies by algorithm.")
                        .withDefault(-1L))
                .build();
    }

    @Override
    public MethodImpl bind(Args args) {
        Long levelArg = args.optionalInt64("level");
        int level = levelArg == null ? -1 : (int) Math.max(Integer.MIN_VALUE, Math.min(Integer.MAX_VALUE, levelArg));
        Codecs.Compressor codec = Codecs.compressor(args.string("algorithm"));
        return (target, ctx) -> {
            byte[] data = BinaryTarget.anyBytes(target);
            try {
                return codec.compress(level, data);
            } catch (IOException e) {
                throw Errors.failure(e.getMessage());
            }
        };
    }
}
