package io.camelbenthos.bloblang.methods.encoding;

import io.camelbenthos.bloblang.plugin.Args;
import io.camelbenthos.bloblang.plugin.Errors;
import java.security.GeneralSecurityException;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.IvParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * AES in the four modes of Benthos's {@code encrypt_aes}/{@code decrypt_aes}, with Go's argument checks and error
 * texts: the key must be 16, 24 or 32 bytes ({@code crypto/aes: invalid key size N}), ctr/ofb/cbc need a 16-byte IV,
 * gcm a 12-byte nonce (Go's {@code cipher.NewGCM} standard) and appends/checks a 16-byte tag; cbc has no padding.
 */
final class AesCiphers {
    private final String scheme;
    private final SecretKeySpec key;
    private final byte[] iv;

    private AesCiphers(String scheme, SecretKeySpec key, byte[] iv) {
        this.scheme = scheme;
        this.key = key;
        this.iv = iv;
    }

    /** Validates the arguments in Go's order; {@code kind} is {@code encryption} or {@code decryption}. */
    static AesCiphers bind(Args args, String kind) {
        String scheme = args.string("scheme");
        byte[] keyBytes = BinaryTarget.stringArgBytes(args, "key");
        if (keyBytes.length != 16 && keyBytes.length != 24 && keyBytes.length != 32) {
            throw Errors.failure("crypto/aes: invalid key size " + keyBytes.length);
        }
        byte[] iv = BinaryTarget.stringArgBytes(args, "iv");
        switch (scheme) {
            case "ctr", "ofb", "cbc" -> {
                if (iv.length != 16) {
                    throw Errors.failure("the key must match the initialisation vector size");
                }
            }
            case "gcm" -> {
                // checked when used, as Go only fails (panics) at Seal/Open time
            }
            default -> throw Errors.failure("unrecognized " + kind + " type: " + scheme);
        }
        return new AesCiphers(scheme, new SecretKeySpec(keyBytes, "AES"), iv);
    }

    byte[] encrypt(byte[] plain) {
        if (scheme.equals("cbc") && plain.length % 16 != 0) {
            throw Errors.failure("plaintext is not a multiple of the block size");
        }
        return run(Cipher.ENCRYPT_MODE, plain);
    }

    byte[] decrypt(byte[] data) {
        if (scheme.equals("cbc") && data.length % 16 != 0) {
            throw Errors.failure("ciphertext is not a multiple of the block size");
        }
        try {
            return run(Cipher.DECRYPT_MODE, data);
        } catch (GcmAuthFailure e) {
            throw Errors.failure("gcm decrypting failed: cipher: message authentication failed");
        }
    }

    private byte[] run(int mode, byte[] data) {
        try {
            Cipher c;
            switch (scheme) {
                case "gcm" -> {
                    if (iv.length != 12) {
                        throw Errors.failure("crypto/cipher: incorrect nonce length given to GCM");
                    }
                    c = Cipher.getInstance("AES/GCM/NoPadding");
                    c.init(mode, key, new GCMParameterSpec(128, iv));
                }
                case "ctr" -> {
                    c = Cipher.getInstance("AES/CTR/NoPadding");
                    c.init(mode, key, new IvParameterSpec(iv));
                }
                case "ofb" -> {
                    c = Cipher.getInstance("AES/OFB/NoPadding");
                    c.init(mode, key, new IvParameterSpec(iv));
                }
                default -> {
                    c = Cipher.getInstance("AES/CBC/NoPadding");
                    c.init(mode, key, new IvParameterSpec(iv));
                }
            }
            return c.doFinal(data);
        } catch (AEADBadTagException e) {
            throw new GcmAuthFailure();
        } catch (GeneralSecurityException e) {
            throw Errors.failure("aes " + scheme + " failed: " + e.getMessage());
        }
    }

    /** Internal signal for a failed GCM tag check. */
    private static final class GcmAuthFailure extends RuntimeException {
        private static final long serialVersionUID = 1L;

        GcmAuthFailure() {
            super(null, null, false, false);
        }
    }
}
