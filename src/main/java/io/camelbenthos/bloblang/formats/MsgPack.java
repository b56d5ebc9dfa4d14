package io.camelbenthos.bloblang.formats;

import io.camelbenthos.bloblang.value.Values;

import io.camelbenthos.bloblang.go.GoUtf8;
import io.camelbenthos.bloblang.value.JsonNumber;
import io.camelbenthos.bloblang.value.UInt64;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * MessagePack as {@code github.com/vmihailenco/msgpack/v5}'s {@code Marshal}/{@code Unmarshal(&any)} do it, for
 * {@code format_msgpack}/{@code parse_msgpack}. Without v5's {@code UseCompactInts} an int64 is always written in
 * 9 bytes ({@code 0xd3}) and an int32 in 5 ({@code 0xd2}); floats keep their width; strings use str8 from 32 bytes;
 * timestamps use the {@code -1} extension. A {@code json.Number} is a Go string type, so v5 writes it as a string:
 * kept here. Map keys are written sorted (Go's map order is random, so any order is faithful).
 */
public final class MsgPack {
    private MsgPack() {
    }

    /** Encodes a Bloblang value. */
    public static byte[] encode(Object value) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        write(out, value);
        return out.toByteArray();
    }

    private static void write(ByteArrayOutputStream out, Object v) {
        if (v == null) {
            out.write(0xc0);
        } else if (v instanceof Boolean b) {
            out.write(b ? 0xc3 : 0xc2);
        } else if (v instanceof Long l) {
            out.write(0xd3);
            writeLong(out, l);
        } else if (v instanceof Integer i) {
            out.write(0xd2);
            writeInt(out, i);
        } else if (v instanceof UInt64 u) {
            out.write(0xcf);
            writeLong(out, u.value());
        } else if (v instanceof Double d) {
            out.write(0xcb);
            writeLong(out, Double.doubleToRawLongBits(d));
        } else if (v instanceof Float f) {
            out.write(0xca);
            writeInt(out, Float.floatToRawIntBits(f));
        } else if (v instanceof String s) {
            writeString(out, s);
        } else if (v instanceof JsonNumber n) {
            writeString(out, n.text());
        } else if (v instanceof byte[] b) {
            if (b.length < 256) {
                out.write(0xc4);
                out.write(b.length);
            } else if (b.length < 65536) {
                out.write(0xc5);
                writeShort(out, b.length);
            } else {
                out.write(0xc6);
                writeInt(out, b.length);
            }
            out.writeBytes(b);
        } else if (v instanceof List<?> list) {
            int n = list.size();
            if (n < 16) {
                out.write(0x90 | n);
            } else if (n < 65536) {
                out.write(0xdc);
                writeShort(out, n);
            } else {
                out.write(0xdd);
                writeInt(out, n);
            }
            for (Object o : list) {
                write(out, o);
            }
        } else if (v instanceof Map<?, ?> map) {
            int n = map.size();
            if (n < 16) {
                out.write(0x80 | n);
            } else if (n < 65536) {
                out.write(0xde);
                writeShort(out, n);
            } else {
                out.write(0xdf);
                writeInt(out, n);
            }
            List<String> keys = new ArrayList<>();
            map.keySet().forEach(k -> keys.add(String.valueOf(k)));
            keys.sort(Values::compareUtf8);
            for (String k : keys) {
                writeString(out, k);
                write(out, map.get(k));
            }
        } else if (v instanceof ZonedDateTime t) {
            writeTime(out, t.toInstant());
        } else {
            throw new FormatException("msgpack: Encode(unsupported " + v.getClass().getSimpleName() + ")");
        }
    }

    private static void writeTime(ByteArrayOutputStream out, Instant t) {
        long secs = t.getEpochSecond();
        int nanos = t.getNano();
        if (secs >= 0 && secs >> 34 == 0) {
            long data = ((long) nanos << 34) | secs;
            if ((data & 0xffffffff00000000L) == 0) {
                out.write(0xd6);
                out.write(0xff);
                writeInt(out, (int) data);
            } else {
                out.write(0xd7);
                out.write(0xff);
                writeLong(out, data);
            }
            return;
        }
        out.write(0xc7);
        out.write(12);
        out.write(0xff);
        writeInt(out, nanos);
        writeLong(out, secs);
    }

    private static void writeString(ByteArrayOutputStream out, String s) {
        byte[] b = GoUtf8.encode(s);
        if (b.length < 32) {
            out.write(0xa0 | b.length);
        } else if (b.length < 256) {
            out.write(0xd9);
            out.write(b.length);
        } else if (b.length < 65536) {
            out.write(0xda);
            writeShort(out, b.length);
        } else {
            out.write(0xdb);
            writeInt(out, b.length);
        }
        out.writeBytes(b);
    }

    private static void writeShort(ByteArrayOutputStream out, int v) {
        out.write(v >>> 8);
        out.write(v);
    }

    private static void writeInt(ByteArrayOutputStream out, int v) {
        out.writeBytes(ByteBuffer.allocate(4).putInt(v).array());
    }

    private static void writeLong(ByteArrayOutputStream out, long v) {
        out.writeBytes(ByteBuffer.allocate(8).putLong(v).array());
    }

    /** Decodes one value; integers become Long (or UInt64 past int64), float32 Float, float64 Double. */
    public static Object decode(byte[] data) {
        try {
            return new Reader(ByteBuffer.wrap(data)).read();
        } catch (java.nio.BufferUnderflowException e) {
            throw new FormatException("EOF");
        }
    }

    private static final class Reader {
        private final ByteBuffer in;

        Reader(ByteBuffer in) {
            this.in = in;
        }

        Object read() {
            int c = in.get() & 0xff;
            if (c <= 0x7f) {
                return (long) c;
            }
            if (c >= 0xe0) {
                return (long) (byte) c;
            }
            if ((c & 0xf0) == 0x80) {
                return map(c & 0x0f);
            }
            if ((c & 0xf0) == 0x90) {
                return array(c & 0x0f);
            }
            if ((c & 0xe0) == 0xa0) {
                return string(c & 0x1f);
            }
            return switch (c) {
                case 0xc0 -> null;
                case 0xc2 -> Boolean.FALSE;
                case 0xc3 -> Boolean.TRUE;
                case 0xc4 -> bytes(in.get() & 0xff);
                case 0xc5 -> bytes(in.getShort() & 0xffff);
                case 0xc6 -> bytes(in.getInt());
                case 0xc7 -> ext(in.get() & 0xff);
                case 0xc8 -> ext(in.getShort() & 0xffff);
                case 0xc9 -> ext(in.getInt());
                case 0xca -> in.getFloat();
                case 0xcb -> in.getDouble();
                case 0xcc -> (long) (in.get() & 0xff);
                case 0xcd -> (long) (in.getShort() & 0xffff);
                case 0xce -> in.getInt() & 0xffffffffL;
                case 0xcf -> {
                    long u = in.getLong();
                    yield u >= 0 ? (Object) u : new UInt64(u);
                }
                case 0xd0 -> (long) in.get();
                case 0xd1 -> (long) in.getShort();
                case 0xd2 -> (long) in.getInt();
                case 0xd3 -> in.getLong();
                case 0xd4 -> ext(1);
                case 0xd5 -> ext(2);
                case 0xd6 -> ext(4);
                case 0xd7 -> ext(8);
                case 0xd8 -> ext(16);
                case 0xd9 -> string(in.get() & 0xff);
                case 0xda -> string(in.getShort() & 0xffff);
                case 0xdb -> string(in.getInt());
                case 0xdc -> array(in.getShort() & 0xffff);
                case 0xdd -> array(in.getInt());
                case 0xde -> map(in.getShort() & 0xffff);
                case 0xdf -> map(in.getInt());
                default -> throw new FormatException(String.format("msgpack: invalid code=%x decoding interface{}", c));
            };
        }

        private byte[] bytes(int n) {
            if (n < 0 || n > in.remaining()) {
                throw new FormatException("EOF");
            }
            byte[] b = new byte[n];
            in.get(b);
            return b;
        }

        private String string(int n) {
            return GoUtf8.string(bytes(n));
        }

        private List<Object> array(int n) {
            List<Object> list = new ArrayList<>(Math.min(n, 1024));
            for (int i = 0; i < n; i++) {
                list.add(read());
            }
            return list;
        }

        private Map<String, Object> map(int n) {
            Map<String, Object> map = new LinkedHashMap<>();
            for (int i = 0; i < n; i++) {
                Object k = read();
                map.put(k instanceof byte[] b ? GoUtf8.string(b) : String.valueOf(k), read());
            }
            return map;
        }

        private Object ext(int len) {
            int type = in.get();
            byte[] data = bytes(len);
            if (type != -1) {
                throw new FormatException("msgpack: unknown ext id=" + type);
            }
            ByteBuffer b = ByteBuffer.wrap(data);
            Instant t = switch (len) {
                case 4 -> Instant.ofEpochSecond(b.getInt() & 0xffffffffL);
                case 8 -> {
                    long d = b.getLong();
                    yield Instant.ofEpochSecond(d & 0x3ffffffffL, d >>> 34);
                }
                case 12 -> {
                    int nanos = b.getInt();
                    yield Instant.ofEpochSecond(b.getLong(), nanos);
                }
                default -> throw new FormatException("msgpack: invalid ext len=" + len + " decoding time");
            };
            // vmihailenco/msgpack decodes timestamps in the process-local zone, as Go's time.Unix does.
            return ZonedDateTime.ofInstant(t, ZoneId.systemDefault());
        }
    }
}
