package io.camelbenthos.bloblang.methods.jwt;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;

/** The little DER needed to rewrap PKCS#1 and SEC1 keys into the PKCS#8/X.509 forms the JDK reads. */
final class Der {
    static final int INTEGER = 0x02;
    static final int BIT_STRING = 0x03;
    static final int OCTET_STRING = 0x04;
    static final int NULL = 0x05;
    static final int OID = 0x06;
    static final int SEQUENCE = 0x30;

    /** One decoded element: its tag and content bytes. */
    record Element(int tag, byte[] content) {
        List<Element> children() {
            return parseAll(content);
        }
    }

    private Der() {
    }

    static List<Element> parseAll(byte[] data) {
        List<Element> out = new ArrayList<>();
        int pos = 0;
        while (pos < data.length) {
            int tag = data[pos++] & 0xff;
            if (pos >= data.length) {
                throw new IllegalArgumentException("truncated DER");
            }
            int len = data[pos++] & 0xff;
            if (len > 0x7f) {
                int n = len & 0x7f;
                if (n == 0 || n > 4) {
                    throw new IllegalArgumentException("unsupported DER length");
                }
                len = 0;
                for (int i = 0; i < n; i++) {
                    len = (len << 8) | (data[pos++] & 0xff);
                }
            }
            if (len < 0 || pos + len > data.length) {
                throw new IllegalArgumentException("truncated DER");
            }
            byte[] content = new byte[len];
            System.arraycopy(data, pos, content, 0, len);
            pos += len;
            out.add(new Element(tag, content));
        }
        return out;
    }

    static Element parse(byte[] data) {
        List<Element> all = parseAll(data);
        if (all.size() != 1) {
            throw new IllegalArgumentException("expected one DER element");
        }
        return all.get(0);
    }

    static byte[] encode(int tag, byte[]... parts) {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        for (byte[] p : parts) {
            body.writeBytes(p);
        }
        byte[] content = body.toByteArray();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(tag);
        int len = content.length;
        if (len < 0x80) {
            out.write(len);
        } else if (len < 0x100) {
            out.write(0x81);
            out.write(len);
        } else if (len < 0x10000) {
            out.write(0x82);
            out.write(len >> 8);
            out.write(len);
        } else {
            out.write(0x83);
            out.write(len >> 16);
            out.write(len >> 8);
            out.write(len);
        }
        out.writeBytes(content);
        return out.toByteArray();
    }

    static byte[] element(Element e) {
        return encode(e.tag(), e.content());
    }
}
