package io.camelbenthos.bloblang.methods.strings;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Map;

/**
 * {@code github.com/gosimple/slug}'s {@code MakeLang}: per-language symbol words ({@code &} is {@code and} in English,
 * {@code et} in French), quote and dash clean-up, transliteration to ASCII, lower case, and every run of other
 * characters replaced by one {@code -}. Transliteration covers Latin scripts (decomposition plus the letters that do
 * not decompose, such as {@code ß}, {@code ø}, {@code ł}); the Go library's unidecode tables also romanise other
 * scripts (Cyrillic, CJK...), which are dropped here.
 */
final class GoSlug {
    private static final Map<String, Map<Integer, String>> LANGUAGES = Map.ofEntries(
            Map.entry("en", Map.of((int) '&', "and", (int) '@', "at")),
            Map.entry("de", Map.of((int) '&', "und", (int) '@', "an", (int) 'ä', "ae", (int) 'Ä', "Ae",
                    (int) 'ö', "oe", (int) 'Ö', "Oe", (int) 'ü', "ue", (int) 'Ü', "Ue")),
            Map.entry("fr", Map.of((int) '&', "et", (int) '@', "arobase")),
            Map.entry("es", Map.of((int) '&', "y", (int) '@', "en")),
            Map.entry("it", Map.of((int) '&', "e", (int) '@', "chiocciola")),
            Map.entry("nl", Map.of((int) '&', "en", (int) '@', "at")),
            Map.entry("pl", Map.of((int) '&', "i", (int) '@', "na")),
            Map.entry("sv", Map.of((int) '&', "och", (int) '@', "snabel a")),
            Map.entry("fi", Map.of((int) '&', "ja", (int) '@', "at")),
            Map.entry("cs", Map.of((int) '&', "a", (int) '@', "zavinac")),
            Map.entry("hu", Map.of((int) '&', "es", (int) '@', "kukac")),
            Map.entry("tr", Map.of((int) '&', "ve", (int) '@', "et")),
            Map.entry("ro", Map.of((int) '&', "si", (int) '@', "la")),
            Map.entry("nb", Map.of((int) '&', "og", (int) '@', "at")),
            Map.entry("nn", Map.of((int) '&', "og", (int) '@', "at")));

    private static final Map<Integer, String> NON_DECOMPOSING = Map.ofEntries(
            Map.entry((int) 'ß', "ss"), Map.entry((int) 'Æ', "AE"), Map.entry((int) 'æ', "ae"),
            Map.entry((int) 'Ø', "O"), Map.entry((int) 'ø', "o"), Map.entry((int) 'Œ', "OE"),
            Map.entry((int) 'œ', "oe"), Map.entry((int) 'Đ', "D"), Map.entry((int) 'đ', "d"),
            Map.entry((int) 'Ł', "L"), Map.entry((int) 'ł', "l"), Map.entry((int) 'Þ', "TH"),
            Map.entry((int) 'þ', "th"), Map.entry((int) 'ð', "d"), Map.entry((int) 'Ð', "D"),
            Map.entry((int) 'ı', "i"));

    private GoSlug() {
    }

    static String make(String s, String lang) {
        String slug = s.strip();
        slug = substitute(slug, LANGUAGES.getOrDefault(lang, LANGUAGES.get("en")));
        slug = slug.replace("\"", "").replace("'", "").replace("\u2019", "")
                .replace("\u2012", "-").replace("\u2013", "-").replace("\u2014", "-").replace("\u2015", "-");
        slug = transliterate(slug).toLowerCase(Locale.ROOT);
        slug = slug.replaceAll("[^a-z0-9\\-_]", "-").replaceAll("-+", "-");
        return trim(slug);
    }

    private static String substitute(String s, Map<Integer, String> table) {
        StringBuilder sb = new StringBuilder(s.length() + 8);
        s.codePoints().forEach(cp -> {
            String rep = table.get(cp);
            if (rep != null) {
                sb.append(rep);
            } else {
                sb.appendCodePoint(cp);
            }
        });
        return sb.toString();
    }

    private static String transliterate(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        s.codePoints().forEach(cp -> {
            if (cp < 0x80) {
                sb.append((char) cp);
                return;
            }
            String rep = NON_DECOMPOSING.get(cp);
            if (rep != null) {
                sb.append(rep);
                return;
            }
            String d = Normalizer.normalize(new String(Character.toChars(cp)), Normalizer.Form.NFKD);
            for (int i = 0; i < d.length(); i++) {
                if (d.charAt(i) < 0x80) {
                    sb.append(d.charAt(i));
                }
            }
        });
        return sb.toString();
    }

    private static String trim(String s) {
        int start = 0;
        int end = s.length();
        while (start < end && (s.charAt(start) == '-' || s.charAt(start) == '_')) {
            start++;
        }
        while (end > start && (s.charAt(end - 1) == '-' || s.charAt(end - 1) == '_')) {
            end--;
        }
        return s.substring(start, end);
    }
}
