package io.camelbenthos.bloblang.methods.encoding;

import io.camelbenthos.bloblang.go.GoStrconv;
import io.camelbenthos.bloblang.plugin.Errors;
import java.nio.ByteBuffer;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.UUID;
import io.camelbenthos.bloblang.plugin.Args;
import io.camelbenthos.bloblang.plugin.MethodImpl;
import io.camelbenthos.bloblang.plugin.MethodPlugin;
import io.camelbenthos.bloblang.plugin.ParamSpec;
import io.camelbenthos.bloblang.plugin.PluginSpec;

/**
 * {@code uuid_v5(ns)}: RFC 9562 name-based UUID (SHA-1) of the target string in namespace {@code dns}, {@code url},
 * {@code oid}, {@code x500}, any UUID, or the nil UUID when omitted or empty.
 */
public final class UuidV5Method implements MethodPlugin {
    @Override
    public PluginSpec spec() {
        return PluginSpec.method("uuid_v5").category(BinaryTarget.CATEGORY).pure()
                .description("Generates a version 5 UUID from a namespace and name")
                .param(ParamSpec.string("ns", "An optional namespace name or UUID. It supports the `dns`, `url`, "
                        + "`oid` and `x500` predefined namespaces and any valid RFC-9562 UUID. If empty, the nil UUID "
                        + "will be used.").optional())
                .build();
    }

    @Override
    public MethodImpl bind(Args args) {
        byte[] ns = namespace(args.optionalString("ns"));
        return (target, ctx) -> uuidV5(ns, BinaryTarget.stringOrBytes(target));
    }

    static byte[] namespace(String ns) {
        if (ns == null || ns.isEmpty()) {
            return new byte[16];
        }
        String id = switch (ns) {
            case "dns" -> "6ba7b810-9dad-11d1-80b4-00c04fd430c8";
            case "url" -> "6ba7b811-9dad-11d1-80b4-00c04fd430c8";
            case "oid" -> "6ba7b812-9dad-11d1-80b4-00c04fd430c8";
            case "x500" -> "6ba7b814-9dad-11d1-80b4-00c04fd430c8";
            default -> ns;
        };
        if (!id.matches("(?i)[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")) {
            throw Errors.failure("invalid ns uuid: " + GoStrconv.quote(ns));
        }
        UUID u = UUID.fromString(id);
        return ByteBuffer.allocate(16).putLong(u.getMostSignificantBits()).putLong(u.getLeastSignificantBits()).array();
    }

    static String uuidV5(byte[] ns, byte[] name) {
        MessageDigest sha1;
        try {
            sha1 = MessageDigest.getInstance("SHA-1");
        } catch (NoSuchAlgorithmException e) {
            throw Errors.failure("sha1 unavailable: " + e.getMessage());
        }
        sha1.update(ns);
        byte[] h = sha1.digest(name);
        h[6] = (byte) ((h[6] & 0x0F) | 0x50); // version 5
        h[8] = (byte) ((h[8] & 0x3F) | 0x80); // RFC 4122 variant
        ByteBuffer bb = ByteBuffer.wrap(h, 0, 16);
        return new UUID(bb.getLong(), bb.getLong()).toString();
    }

}
