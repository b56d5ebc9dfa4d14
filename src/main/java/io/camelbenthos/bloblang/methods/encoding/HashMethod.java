package io.camelbenthos.bloblang.methods.encoding;

import io.camelbenthos.bloblang.go.GoHashes;
import io.camelbenthos.bloblang.go.GoStrconv;
import io.camelbenthos.bloblang.go.GoUtf8;
import io.camelbenthos.bloblang.plugin.Errors;
import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.function.UnaryOperator;
import java.util.zip.CRC32;
import java.util.zip.CRC32C;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import io.camelbenthos.bloblang.plugin.Args;
import io.camelbenthos.bloblang.plugin.MethodImpl;
import io.camelbenthos.bloblang.plugin.MethodPlugin;
import io.camelbenthos.bloblang.plugin.ParamSpec;
import io.camelbenthos.bloblang.plugin.PluginSpec;

/**
 * {@code hash(algorithm, key, polynomial)}: digest bytes of a string or bytes target. {@code xxhash64} and
 * {@code fnv32} return the decimal text of the hash (as Benthos does); {@code crc32} the 4 big-endian bytes.
 */
public final class HashMethod implements MethodPlugin {
    @Override
    public PluginSpec spec() {
        return PluginSpec.method("hash").category(BinaryTarget.CATEGORY).pure()
                .description("Hashes a string or byte array using a specified algorithm")
                .param(ParamSpec.string("algorithm", "The hashing algorithm to use."))
                .param(ParamSpec.any("key", "An optional key to use.").optional()) // bytes keep raw bytes
                .param(ParamSpec.string("polynomial", "An optional polynomial key to use when selecting the `crc32` "
                        + "algorithm, otherwise ignored. Options are `IEEE` (default), `Castagnoli` and `Koopman`")
                        .withDefault("IEEE"))
                .build();
    }

    @Override
    public MethodImpl bind(Args args) {
        String algorithm = args.string("algorithm");
        byte[] keyArg = BinaryTarget.stringArgBytes(args, "key");
        byte[] key = keyArg == null ? new byte[0] : keyArg;
        String poly = args.optionalString("polynomial") == null ? "IEEE" : args.string("polynomial");
        UnaryOperator<byte[]> fn = switch (algorithm) {
            case "hmac_sha1", "hmac-sha1" -> hmac(algorithm, "HmacSHA1", key);
            case "hmac_sha256", "hmac-sha256" -> hmac(algorithm, "HmacSHA256", key);
            case "hmac_sha512", "hmac-sha512" -> hmac(algorithm, "HmacSHA512", key);
            case "md5" -> digest("MD5");
            case "sha1" -> digest("SHA-1");
            case "sha256" -> digest("SHA-256");
            case "sha512" -> digest("SHA-512");
            case "sha3_256" -> digest("SHA3-256");
            case "sha3_512" -> digest("SHA3-512");
            case "xxhash64" -> b -> GoUtf8.encode(Long.toUnsignedString(GoHashes.xxhash64(b)));
            case "fnv32" -> b -> GoUtf8.encode(Integer.toUnsignedString(GoHashes.fnv1_32(b)));
            case "crc32" -> b -> crc32(poly, b);
            default -> throw Errors.failure("unrecognized hash type: " + algorithm);
        };
        return (target, ctx) -> fn.apply(BinaryTarget.stringOrBytes(target));
    }

    private static UnaryOperator<byte[]> digest(String jcaName) {
        return b -> {
            try {
                return MessageDigest.getInstance(jcaName).digest(b);
            } catch (GeneralSecurityException e) {
                throw Errors.failure("hash algorithm " + jcaName + " unavailable: " + e.getMessage());
            }
        };
    }

    private static UnaryOperator<byte[]> hmac(String name, String jcaName, byte[] key) {
        if (key.length == 0) {
            throw Errors.failure("hash algorithm " + name + " requires a key argument");
        }
        return b -> {
            try {
                Mac mac = Mac.getInstance(jcaName);
                mac.init(new SecretKeySpec(key, jcaName));
                return mac.doFinal(b);
            } catch (GeneralSecurityException e) {
                throw Errors.failure("hash algorithm " + name + " failed: " + e.getMessage());
            }
        };
    }

    private static byte[] crc32(String poly, byte[] b) {
        int sum;
        switch (poly) {
            case "IEEE" -> {
                CRC32 c = new CRC32();
                c.update(b);
                sum = (int) c.getValue();
            }
            case "Castagnoli" -> {
                CRC32C c = new CRC32C();
                c.update(b);
                sum = (int) c.getValue();
            }
            case "Koopman" -> sum = GoHashes.crc32Koopman(b);
            default -> throw Errors.failure("unsupported crc32 hash key " + GoStrconv.quote(poly));
        }
        return ByteBuffer.allocate(4).putInt(sum).array();
    }
}
