package io.camelbenthos.bloblang.methods.geoip;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes MaxMind DB files (MaxMind DB File Format Specification 2.0) for tests: no real GeoIP database can be
 * shipped or downloaded here, so the tests build small ones with the records they need.
 *
 * <p>Layout: a binary search tree of {@code node_count} nodes with 24, 28 or 32-bit records, 16 zero bytes, the data
 * section, then {@code \xAB\xCD\xEFMaxMind.com} and the metadata map. An IPv6 tree keeps IPv4 networks under
 * {@code ::/96}, where readers start IPv4 lookups. Values repeated in the data section are written once and referred
 * to with pointers, so the reader's pointer decoding gets exercised too.
 *
 * <p>Java values map to data types as: String → utf8_string, Double → double, Float → float, byte[] → bytes,
 * {@link Uint16} → uint16, Integer → uint32, Long → uint64, BigInteger → uint128, {@link Int32} → int32, Map → map
 * (String keys), List → array, Boolean → boolean.
 */
final class MmdbWriter {
    /** A uint16 value. */
    record Uint16(int value) {
    }

    /** An int32 value. */
    record Int32(int value) {
    }

    private static final byte[] METADATA_MARKER = {(byte) 0xAB, (byte) 0xCD, (byte) 0xEF, 'M', 'a', 'x', 'M', 'i', 'n',
        'd', '.', 'c', 'o', 'm'};

    private final String databaseType;
    private final int ipVersion;
    private final int recordSize;
    private final Node root = new Node();

    /** A tree node; each side is a Node, a Leaf or null (no data). */
    private static final class Node {
        Object left;
        Object right;
        int number;
    }

    private record Leaf(Object data) {
    }

    MmdbWriter(String databaseType, int ipVersion, int recordSize) {
        if (ipVersion != 4 && ipVersion != 6) {
            throw new IllegalArgumentException("ip version " + ipVersion);
        }
        if (recordSize != 24 && recordSize != 28 && recordSize != 32) {
            throw new IllegalArgumentException("record size " + recordSize);
        }
        this.databaseType = databaseType;
        this.ipVersion = ipVersion;
        this.recordSize = recordSize;
    }

    /** Maps every address of {@code cidr} ({@code 81.2.69.0/24}, {@code 2001:db8::/32}) to {@code data}. */
    MmdbWriter insert(String cidr, Object data) {
        int slash = cidr.indexOf('/');
        byte[] address;
        try {
            address = InetAddress.getByName(cidr.substring(0, slash)).getAddress();
        } catch (IOException e) {
            throw new IllegalArgumentException(cidr, e);
        }
        int prefix = Integer.parseInt(cidr.substring(slash + 1));
        if (address.length == 16 && ipVersion == 4) {
            throw new IllegalArgumentException("IPv6 network in an IPv4 tree: " + cidr);
        }
        if (address.length == 4 && ipVersion == 6) {
            byte[] v6 = new byte[16];
            System.arraycopy(address, 0, v6, 12, 4);
            address = v6;
            prefix += 96;
        }
        insert(address, prefix, new Leaf(data));
        return this;
    }

    private void insert(byte[] address, int prefix, Leaf leaf) {
        Node node = root;
        for (int depth = 0; depth < prefix - 1; depth++) {
            boolean right = bit(address, depth);
            Object child = right ? node.right : node.left;
            Node next;
            if (child instanceof Node n) {
                next = n;
            } else {
                // Split a wider network (or nothing) so the narrower one can take its place below
                next = new Node();
                next.left = child;
                next.right = child;
                if (right) {
                    node.right = next;
                } else {
                    node.left = next;
                }
            }
            node = next;
        }
        if (bit(address, prefix - 1)) {
            node.right = leaf;
        } else {
            node.left = leaf;
        }
    }

    private static boolean bit(byte[] address, int i) {
        return ((address[i / 8] >> (7 - i % 8)) & 1) == 1;
    }

    /** Writes the database to {@code file}. */
    Path write(Path file) throws IOException {
        Files.write(file, toBytes());
        return file;
    }

    byte[] toBytes() {
        List<Node> nodes = new ArrayList<>();
        number(root, nodes);
        int nodeCount = nodes.size();

        DataSection data = new DataSection();
        Map<Leaf, Integer> leafOffsets = new HashMap<>();
        ByteArrayOutputStream tree = new ByteArrayOutputStream();
        for (Node n : nodes) {
            long left = recordValue(n.left, nodeCount, data, leafOffsets);
            long right = recordValue(n.right, nodeCount, data, leafOffsets);
            writeNode(tree, left, right);
        }

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(tree.toByteArray());
        out.writeBytes(new byte[16]);
        out.writeBytes(data.bytes());
        out.writeBytes(METADATA_MARKER);
        Map<String, Object> metadata = new LinkedHashMap<>();
        metadata.put("binary_format_major_version", new Uint16(2));
        metadata.put("binary_format_minor_version", new Uint16(0));
        metadata.put("build_epoch", 1_700_000_000L);
        metadata.put("database_type", databaseType);
        metadata.put("description", Map.of("en", "camel-benthos test database"));
        metadata.put("ip_version", new Uint16(ipVersion));
        metadata.put("languages", List.of("en"));
        metadata.put("node_count", nodeCount);
        metadata.put("record_size", new Uint16(recordSize));
        DataSection meta = new DataSection();
        meta.write(metadata);
        out.writeBytes(meta.bytes());
        return out.toByteArray();
    }

    private static void number(Node root, List<Node> nodes) {
        List<Node> queue = new ArrayList<>();
        queue.add(root);
        for (int i = 0; i < queue.size(); i++) {
            Node n = queue.get(i);
            n.number = nodes.size();
            nodes.add(n);
            if (n.left instanceof Node l) {
                queue.add(l);
            }
            if (n.right instanceof Node r) {
                queue.add(r);
            }
        }
    }

    private static long recordValue(Object child, int nodeCount, DataSection data, Map<Leaf, Integer> leafOffsets) {
        if (child == null) {
            return nodeCount;
        }
        if (child instanceof Node n) {
            return n.number;
        }
        Leaf leaf = (Leaf) child;
        int offset = leafOffsets.computeIfAbsent(leaf, l -> data.write(l.data()));
        return (long) nodeCount + 16 + offset;
    }

    private void writeNode(ByteArrayOutputStream out, long left, long right) {
        switch (recordSize) {
            case 24 -> {
                writeBigEndian(out, left, 3);
                writeBigEndian(out, right, 3);
            }
            case 28 -> {
                writeBigEndian(out, left & 0xFFFFFF, 3);
                out.write((int) (((left >> 24) & 0x0F) << 4 | ((right >> 24) & 0x0F)));
                writeBigEndian(out, right & 0xFFFFFF, 3);
            }
            default -> {
                writeBigEndian(out, left, 4);
                writeBigEndian(out, right, 4);
            }
        }
        long max = 1L << recordSize;
        if (left >= max || right >= max) {
            throw new IllegalStateException("record value does not fit " + recordSize + " bits");
        }
    }

    private static void writeBigEndian(ByteArrayOutputStream out, long v, int bytes) {
        for (int i = bytes - 1; i >= 0; i--) {
            out.write((int) (v >> (8 * i)));
        }
    }

    /** The data section encoder: one value at a time, repeated values as pointers to their first copy. */
    private static final class DataSection {
        private final ByteArrayOutputStream out = new ByteArrayOutputStream();
        private final Map<Object, Integer> written = new HashMap<>();

        byte[] bytes() {
            return out.toByteArray();
        }

        /** Writes {@code value}; returns its offset in the section. */
        int write(Object value) {
            Object key = dedupeKey(value);
            Integer previous = key == null ? null : written.get(key);
            int offset = out.size();
            if (previous != null) {
                writePointer(previous);
                return offset;
            }
            encode(value);
            if (key != null) {
                written.put(key, offset);
            }
            return offset;
        }

        /** Strings and maps are worth pointing to (GeoIP databases share names maps the same way). */
        private static Object dedupeKey(Object value) {
            if (value instanceof String s && s.length() > 3) {
                return s;
            }
            if (value instanceof Map<?, ?> m && !m.isEmpty()) {
                return m;
            }
            return null;
        }

        private void encode(Object value) {
            if (value instanceof String s) {
                byte[] b = s.getBytes(StandardCharsets.UTF_8);
                control(2, b.length);
                out.writeBytes(b);
            } else if (value instanceof Double d) {
                control(3, 8);
                writeBigEndian(out, Double.doubleToLongBits(d), 8);
            } else if (value instanceof byte[] b) {
                control(4, b.length);
                out.writeBytes(b);
            } else if (value instanceof Uint16 u) {
                unsigned(5, BigInteger.valueOf(u.value()));
            } else if (value instanceof Integer i) {
                unsigned(6, BigInteger.valueOf(Integer.toUnsignedLong(i)));
            } else if (value instanceof Map<?, ?> m) {
                control(7, m.size());
                for (Map.Entry<?, ?> e : m.entrySet()) {
                    write((String) e.getKey());
                    write(e.getValue());
                }
            } else if (value instanceof Int32 i) {
                int v = i.value();
                int size = v < 0 ? 4 : (32 - Integer.numberOfLeadingZeros(v) + 7) / 8;
                control(8, size);
                writeBigEndian(out, v, size);
            } else if (value instanceof Long l) {
                unsigned(9, new BigInteger(Long.toUnsignedString(l)));
            } else if (value instanceof BigInteger b) {
                unsigned(10, b);
            } else if (value instanceof List<?> list) {
                control(11, list.size());
                for (Object element : list) {
                    write(element);
                }
            } else if (value instanceof Boolean b) {
                control(14, b ? 1 : 0);
            } else if (value instanceof Float f) {
                control(15, 4);
                writeBigEndian(out, Float.floatToIntBits(f), 4);
            } else {
                throw new IllegalArgumentException("no MaxMind DB type for " + value);
            }
        }

        private void unsigned(int type, BigInteger v) {
            byte[] b = v.toByteArray();
            int start = 0;
            while (start < b.length && b[start] == 0) {
                start++; // minimal big-endian bytes: zero is size 0
            }
            control(type, b.length - start);
            out.write(b, start, b.length - start);
        }

        /** The control byte(s): type in the top 3 bits (or an extended type byte), then the size. */
        private void control(int type, int size) {
            int first = type <= 7 ? type << 5 : 0;
            byte[] sizeBytes;
            if (size < 29) {
                first |= size;
                sizeBytes = new byte[0];
            } else if (size < 29 + 256) {
                first |= 29;
                sizeBytes = new byte[] {(byte) (size - 29)};
            } else if (size < 285 + 65536) {
                first |= 30;
                int v = size - 285;
                sizeBytes = new byte[] {(byte) (v >> 8), (byte) v};
            } else {
                first |= 31;
                int v = size - 65821;
                sizeBytes = new byte[] {(byte) (v >> 16), (byte) (v >> 8), (byte) v};
            }
            out.write(first);
            if (type > 7) {
                out.write(type - 7);
            }
            out.writeBytes(sizeBytes);
        }

        private void writePointer(int target) {
            if (target < 2048) {
                out.write(0x20 | (target >> 8));
                out.write(target);
            } else if (target < 2048 + 524288) {
                int v = target - 2048;
                out.write(0x28 | (v >> 16));
                writeBigEndian(out, v & 0xFFFF, 2);
            } else if (target < 526336 + 134217728) {
                int v = target - 526336;
                out.write(0x30 | (v >> 24));
                writeBigEndian(out, v & 0xFFFFFF, 3);
            } else {
                out.write(0x38);
                writeBigEndian(out, target, 4);
            }
        }
    }
}
