package io.camelbenthos.bloblang.go;

/**
 * The binary float formats of Go's {@code strconv.FormatFloat}: {@code 'b'} (decimal mantissa and binary exponent,
 * {@code -ddddp±ddd}) and {@code 'x'}/{@code 'X'} (hexadecimal mantissa, {@code -0x1.23abcp+20}).
 */
final class GoFloatBits {
    private GoFloatBits() {
    }

    static String format(double f, char fmt, int prec, int bitSize) {
        int mantBits = bitSize == 32 ? 23 : 52;
        int expBits = bitSize == 32 ? 8 : 11;
        int bias = bitSize == 32 ? -127 : -1023;
        long bits = bitSize == 32 ? Float.floatToRawIntBits((float) f) & 0xFFFFFFFFL : Double.doubleToRawLongBits(f);
        boolean neg = (bits >>> (expBits + mantBits)) != 0;
        int exp = (int) (bits >>> mantBits) & ((1 << expBits) - 1);
        long mant = bits & ((1L << mantBits) - 1);
        if (exp == 0) {
            exp++; // denormal
        } else {
            mant |= 1L << mantBits;
        }
        exp += bias;
        StringBuilder sb = new StringBuilder(32);
        if (neg) {
            sb.append('-');
        }
        if (fmt == 'b') {
            sb.append(mant).append('p');
            exp -= mantBits;
            if (exp >= 0) {
                sb.append('+');
            }
            return sb.append(exp).toString();
        }
        return hex(sb, mant, exp, mantBits, prec, fmt);
    }

    private static String hex(StringBuilder sb, long mant, int exp, int mantBits, int prec, char fmt) {
        if (mant == 0) {
            exp = 0;
        }
        // Shift so that the leading 1 (if any) sits at bit 60.
        mant <<= 60 - mantBits;
        while (mant != 0 && (mant & (1L << 60)) == 0) {
            mant <<= 1;
            exp--;
        }
        if (prec >= 0 && prec < 15) {
            int shift = prec * 4;
            long extra = (mant << shift) & ((1L << 60) - 1);
            mant >>>= 60 - shift;
            if ((extra | (mant & 1)) > (1L << 59)) {
                mant++;
            }
            mant <<= 60 - shift;
            if ((mant & (1L << 61)) != 0) {
                mant >>>= 1;
                exp++;
            }
        }
        String digits = fmt == 'X' ? "0123456789ABCDEF" : "0123456789abcdef";
        sb.append('0').append(fmt).append((char) ('0' + ((mant >>> 60) & 1)));
        mant <<= 4; // drop the leading digit
        if (prec < 0 && mant != 0) {
            sb.append('.');
            while (mant != 0) {
                sb.append(digits.charAt((int) ((mant >>> 60) & 15)));
                mant <<= 4;
            }
        } else if (prec > 0) {
            sb.append('.');
            for (int i = 0; i < prec; i++) {
                sb.append(digits.charAt((int) ((mant >>> 60) & 15)));
                mant <<= 4;
            }
        }
        sb.append(fmt == 'X' ? 'P' : 'p');
        if (exp < 0) {
            sb.append('-');
            exp = -exp;
        } else {
            sb.append('+');
        }
        if (exp < 10) {
            sb.append('0');
        }
        return sb.append(exp).toString();
    }
}
