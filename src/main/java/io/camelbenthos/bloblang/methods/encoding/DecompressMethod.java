package io.camelbenthos.bloblang.methods.encoding;

import io.camelbenthos.bloblang.plugin.Errors;
import java.io.IOException;
import io.camelbenthos.bloblang.plugin.Args;
import io.camelbenthos.bloblang.plugin.MethodImpl;
import io.camelbenthos.bloblang.plugin.MethodPlugin;
import io.camelbenthos.bloblang.plugin.ParamSpec;
import io.camelbenthos.bloblang.plugin.PluginSpec;

/** {@code decompress(algorithm)}: bytes decompressed with gzip, pgzip, zlib, bzip2, flate, snappy, lz4 or zstd. */
public final class DecompressMethod implements MethodPlugin {
    @Override
    public PluginSpec spec() {
        return PluginSpec.method("decompress").category(BinaryTarget.CATEGORY).pure()
                .description("Decompresses a byte array using the specified decompression algorithm. Returns "
                        + "decompressed data as bytes. Use with data that was previously compressed using the "
                        + "corresponding algorithm.")
                .param(ParamSpec.string("algorithm", "The decompression algorithm: `gzip`, `pgzip` (parallel "
                        + "gzip), `zlib`, `bzip2`, `flate`, `snappy`, `lz4`, or `zstd`."))
                .build();
    }

    @Override
    public MethodImpl bind(Args args) {
        Codecs.Decompressor codec = Codecs.decompressor(args.string("algorithm"));
        return (target, ctx) -> {
            byte[] data = BinaryTarget.anyBytes(target);
            try {
                return codec.decompress(data);
            } catch (IOException | RuntimeException e) {
                if (e instanceof io.camelbenthos.bloblang.plugin.QueryException q) {
                    throw q;
                }
                throw Errors.failure(e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
            }
        };
    }
}
