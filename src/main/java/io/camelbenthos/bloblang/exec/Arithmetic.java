package io.camelbenthos.bloblang.exec;

import io.camelbenthos.bloblang.plugin.Errors;
import io.camelbenthos.bloblang.plugin.QueryException;
import io.camelbenthos.bloblang.value.JsonNumber;
import io.camelbenthos.bloblang.value.UInt64;
import io.camelbenthos.bloblang.value.ValueType;
import io.camelbenthos.bloblang.value.Values;
import java.time.ZonedDateTime;

/**
 * The binary operators with Go's number degradation (float64 beats int64 beats uint64), int64 wrap-around, byte-wise
 * string ordering and Benthos's error texts (Go {@code query/arithmetic.go}).
 */
public final class Arithmetic {
    /** The operators folded by {@link ArithmeticNode}; {@code && || |} have their own nodes. */
    public enum Op {
        ADD("add"), SUB("subtract"), MUL("multiply"), DIV("divide"), MOD("modulo"),
        EQ("compare"), NEQ("compare"), GT("compare"), GTE("compare"), LT("compare"), LTE("compare");

        final String verb;

        Op(String verb) {
            this.verb = verb;
        }
    }

    private Arithmetic() {
    }

    /** Applies {@code op}; annotations name the operands in errors. */
    public static Object apply(Op op, Object l, Object r, String la, String ra) {
        if (op != Op.DIV && op != Op.MOD && isInt64(l) && isInt64(r)) {
            // two int64s (input integers included): what add, degrade and compare all reach, without their checks
            return intOp(op, int64(l), int64(r));
        }
        return switch (op) {
            case ADD -> add(l, r, la, ra);
            case SUB, MUL -> degrade(op, l, r, la, ra);
            case DIV -> div(l, r, la, ra);
            case MOD -> mod(l, r, la, ra);
            default -> compare(op, l, r, la, ra);
        };
    }

    private static boolean isInt64(Object v) {
        return v instanceof Long || (v instanceof JsonNumber n && n.isInt64());
    }

    private static long int64(Object v) {
        return v instanceof Long l ? l : ((JsonNumber) v).int64();
    }

    private static QueryException mismatch(Op op, Object l, Object r, String la, String ra) {
        return Errors.mismatch(op.verb, la, l, ra, r);
    }

    private static Object add(Object l, Object r, String la, String ra) {
        if (l instanceof Long || l instanceof Double || l instanceof JsonNumber || l instanceof UInt64) {
            return degrade(Op.ADD, l, r, la, ra);
        }
        if (l instanceof String || l instanceof byte[]) {
            if (!(r instanceof String || r instanceof byte[] || r instanceof ZonedDateTime)) {
                throw mismatch(Op.ADD, l, r, la, ra);
            }
            return Values.getString(l) + Values.getString(r);
        }
        throw mismatch(Op.ADD, l, r, la, ra);
    }

    private static boolean isNumber(Object v) {
        return ValueType.of(v) == ValueType.NUMBER;
    }

    /** Go {@code numberDegradationFunc} for + - * (and ordering comparisons). */
    private static Object degrade(Op op, Object l0, Object r0, String la, String ra) {
        Object l = Values.sanitize(l0);
        Object r = Values.sanitize(r0);
        if (l instanceof Double ld) {
            if (!isNumber(r)) {
                throw mismatch(op, l, r, la, ra);
            }
            return floatOp(op, ld, Values.getNumber(r));
        }
        if (r instanceof Double rd) {
            if (!isNumber(l)) {
                throw mismatch(op, l, r, la, ra);
            }
            return floatOp(op, Values.getNumber(l), rd);
        }
        if (l instanceof Long li) {
            if (!isNumber(r)) {
                throw mismatch(op, l, r, la, ra);
            }
            return intOp(op, li, Values.getInt(r));
        }
        if (r instanceof Long ri) {
            if (!isNumber(l)) {
                throw mismatch(op, l, r, la, ra);
            }
            return intOp(op, Values.getInt(l), ri);
        }
        if (l instanceof UInt64 lu && r instanceof UInt64 ru) {
            return uintOp(op, lu.value(), ru.value());
        }
        throw mismatch(op, l, r, la, ra);
    }

    private static Object floatOp(Op op, double l, double r) {
        return switch (op) {
            case ADD -> l + r;
            case SUB -> l - r;
            case MUL -> l * r;
            case EQ -> l == r;
            case NEQ -> l != r;
            case GT -> l > r;
            case GTE -> l >= r;
            case LT -> l < r;
            case LTE -> l <= r;
            default -> throw new IllegalStateException(op.name());
        };
    }

    private static Object intOp(Op op, long l, long r) {
        // Go int64 arithmetic wraps silently, as Java's does
        return switch (op) {
            case ADD -> l + r;
            case SUB -> l - r;
            case MUL -> l * r;
            case EQ -> l == r;
            case NEQ -> l != r;
            case GT -> l > r;
            case GTE -> l >= r;
            case LT -> l < r;
            case LTE -> l <= r;
            default -> throw new IllegalStateException(op.name());
        };
    }

    private static Object uintOp(Op op, long l, long r) {
        return switch (op) {
            case ADD -> new UInt64(l + r);
            case SUB -> new UInt64(l - r);
            case MUL -> new UInt64(l * r);
            case EQ -> l == r;
            case NEQ -> l != r;
            case GT -> Long.compareUnsigned(l, r) > 0;
            case GTE -> Long.compareUnsigned(l, r) >= 0;
            case LT -> Long.compareUnsigned(l, r) < 0;
            case LTE -> Long.compareUnsigned(l, r) <= 0;
            default -> throw new IllegalStateException(op.name());
        };
    }

    private static Object div(Object l, Object r, String la, String ra) {
        if (!isNumber(l) || !isNumber(r)) {
            throw mismatch(Op.DIV, l, r, la, ra);
        }
        double rd = Values.getNumber(r);
        if (rd == 0) {
            throw Errors.failure("attempted to divide by zero").from(ra);
        }
        return Values.getNumber(l) / rd;
    }

    private static Object mod(Object l, Object r, String la, String ra) {
        if (!isNumber(l) || !isNumber(r)) {
            throw mismatch(Op.MOD, l, r, la, ra);
        }
        long ri = Values.getInt(r);
        if (ri == 0) {
            throw Errors.failure("attempted to divide by zero").from(ra);
        }
        return Values.getInt(l) % ri;
    }

    private static Object compare(Op op, Object l, Object r, String la, String ra) {
        boolean eq = op == Op.EQ || op == Op.NEQ;
        Object lhs = Values.restrictForComparison(l);
        if (lhs instanceof String ls) {
            if (!(r instanceof String || r instanceof byte[] || r instanceof ZonedDateTime)) {
                if (!eq) {
                    throw mismatch(op, l, r, la, ra);
                }
                return generic(op, lhs, Values.restrictForComparison(r));
            }
            int c = Values.compareUtf8(ls, Values.getString(r));
            return switch (op) {
                case EQ -> c == 0;
                case NEQ -> c != 0;
                case GT -> c > 0;
                case GTE -> c >= 0;
                case LT -> c < 0;
                default -> c <= 0;
            };
        }
        if (lhs instanceof Double || lhs instanceof UInt64) {
            try {
                return degrade(op, l, r, la, ra);
            } catch (QueryException e) {
                if (!eq) {
                    throw e;
                }
                return generic(op, lhs, Values.restrictForComparison(r));
            }
        }
        if (lhs instanceof Boolean lb) {
            if (!eq) {
                throw mismatch(op, l, r, la, ra);
            }
            if (r instanceof Boolean || isNumber(r)) {
                boolean rb = Values.getBool(r);
                return op == Op.EQ ? lb == rb : lb != rb;
            }
            return generic(op, lhs, Values.restrictForComparison(r));
        }
        if (!eq) {
            throw mismatch(op, l, r, la, ra);
        }
        return generic(op, l, r);
    }

    private static boolean generic(Op op, Object l, Object r) {
        boolean e = Values.equal(l, r);
        return op == Op.EQ ? e : !e;
    }
}
