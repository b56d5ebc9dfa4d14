package io.camelbenthos.bloblang.methods.strings;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import net.gcardone.junidecode.Junidecode;

/**
 * {@code github.com/gosimple/slug}'s {@code MakeLang}: per-language rune substitutions ({@code &} is {@code and} in
 * English, {@code et} in French, Bulgarian and Greek romanisation...) merged with the default quote and dash
 * clean-up, transliteration to ASCII, lower case, and every run of other characters replaced by one {@code -}.
 * Transliteration uses junidecode, a Java port of Perl's Text::Unidecode, the tables gosimple/unidecode is built from.
 */
final class GoSlug {
    /** gosimple/slug's {@code defaultSub}, merged into every language's table. */
    private static final Map<Integer, String> DEFAULT = Map.of((int) '"', "", (int) '\'', "", 0x2019, "",
            0x2012, "-", 0x2013, "-", 0x2014, "-", 0x2015, "-");

    private static final Map<Integer, String> EN = table("&", "and", "@", "at");
    private static final Map<Integer, String> NB = table("&", "og", "@", "at", "æ", "ae", "ø", "oe", "å", "aa",
            "Æ", "Ae", "Ø", "Oe", "Å", "Aa");

    /** Language tables by every code gosimple/slug accepts (ISO 3166-1, ISO 639-1 and ISO 639-3). */
    private static final Map<String, Map<Integer, String>> LANGUAGES = Stream.of(
            lang(table("А", "A", "Б", "B", "В", "V", "Г", "G", "Д", "D", "Е", "E", "Ж", "Zh", "З", "Z", "И", "I",
                    "Й", "Y", "К", "K", "Л", "L", "М", "M", "Н", "N", "О", "O", "П", "P", "Р", "R", "С", "S",
                    "Т", "T", "У", "U", "Ф", "F", "Х", "H", "Ц", "Ts", "Ч", "Ch", "Ш", "Sh", "Щ", "Sh", "Ъ", "A",
                    "Ь", "Y", "Ю", "Yu", "Я", "Ya", "а", "a", "б", "b", "в", "v", "г", "g", "д", "d", "е", "e",
                    "ж", "zh", "з", "z", "и", "i", "й", "y", "к", "k", "л", "l", "м", "m", "н", "n", "о", "o",
                    "п", "p", "р", "r", "с", "s", "т", "t", "у", "u", "ф", "f", "х", "h", "ц", "ts", "ч", "ch",
                    "ш", "sh", "щ", "sht", "ъ", "a", "ь", "y", "ю", "yu", "я", "ya"), "bg", "bgr"),
            lang(table("&", "a", "@", "zavinac"), "cs", "ces"),
            lang(table("&", "und", "@", "an", "ä", "ae", "Ä", "Ae", "ö", "oe", "Ö", "Oe", "ü", "ue", "Ü", "Ue"),
                    "de", "deu"),
            lang(EN, "en", "eng"),
            lang(table("&", "y", "@", "en"), "es", "spa"),
            lang(table("&", "ja", "@", "at"), "fi", "fin"),
            lang(table("&", "et", "@", "arobase"), "fr", "fra"),
            lang(table("&", "kai", "β", "v", "Β", "V", "η", "i", "Η", "I", "ή", "i", "Ή", "I", "ι", "i", "Ι", "I",
                    "ί", "i", "Ί", "I", "ϊ", "i", "Ϊ", "I", "ΐ", "i", "ξ", "x", "Ξ", "X", "υ", "y", "Υ", "Y",
                    "ύ", "y", "Ύ", "Y", "ϋ", "y", "Ϋ", "Y", "ΰ", "y", "φ", "f", "Φ", "F", "χ", "ch", "Χ", "Ch",
                    "ω", "o", "Ω", "O", "ώ", "o", "Ώ", "O"), "gr", "el", "ell"),
            lang(table("á", "a", "Á", "A", "é", "e", "É", "E", "í", "i", "Í", "I", "ó", "o", "Ó", "O", "ö", "o",
                    "Ö", "O", "ő", "o", "Ő", "O", "ú", "u", "Ú", "U", "ü", "u", "Ü", "U", "ű", "u", "Ű", "U"),
                    "hu", "hun"),
            lang(table("&", "dan"), "id", "idn", "ind"),
            lang(table("&", "e", "@", "chiocciola"), "it", "ita"),
            lang(table("&", "jane", "ә", "a", "ғ", "g", "қ", "q", "ң", "n", "ө", "o", "ұ", "u", "Ә", "A", "Ғ", "G",
                    "Қ", "Q", "Ң", "N", "Ө", "O", "Ұ", "U"), "kz", "kk", "kaz"),
            lang(NB, "nb", "nob", "nn", "nno"),
            lang(table("&", "en", "@", "at"), "nl", "nld"),
            lang(table("&", "i", "@", "na"), "pl", "pol"),
            lang(table("&", "e", "á", "a", "Á", "A", "é", "e", "É", "E", "í", "i", "Í", "I", "ó", "o", "Ó", "O",
                    "ö", "o", "Ö", "O", "ú", "u", "Ú", "U", "ü", "u", "Ü", "U"), "pt", "prt", "br", "bra"),
            lang(table("&", "si", "Ă", "A", "ă", "a", "Â", "A", "â", "a", "Î", "I", "î", "i", "Ș", "S", "ș", "s",
                    "Ț", "T", "ț", "t"), "ro", "rou"),
            lang(table("&", "in", "Đ", "DZ", "đ", "dz"), "sl", "slv"),
            lang(table("&", "och", "@", "snabel a"), "sv", "swe"),
            lang(table("&", "ve", "@", "et", "ş", "s", "Ş", "S", "ü", "u", "Ü", "U", "ö", "o", "Ö", "O", "İ", "I",
                    "ı", "i", "ğ", "g", "Ğ", "G", "ç", "c", "Ç", "C"), "tr", "tur"))
            .flatMap(List::stream)
            .collect(Collectors.toUnmodifiableMap(Map.Entry::getKey, Map.Entry::getValue));

    private static final Pattern NON_AUTHORIZED = Pattern.compile("[^a-z0-9\\-_]");
    private static final Pattern MULTIPLE_DASHES = Pattern.compile("-+");

    private GoSlug() {
    }

    static String make(String s, String lang) {
        String slug = s.strip();
        // one pass over the runes, as SubstituteRune does; unknown languages fall back to English
        slug = substitute(slug, LANGUAGES.getOrDefault(lang.toLowerCase(Locale.ROOT), LANGUAGES.get("en")));
        slug = Junidecode.unidecode(slug).toLowerCase(Locale.ROOT);
        slug = MULTIPLE_DASHES.matcher(NON_AUTHORIZED.matcher(slug).replaceAll("-")).replaceAll("-");
        return trim(slug);
    }

    private static Map<Integer, String> table(String... pairs) {
        Map<Integer, String> table = new HashMap<>(DEFAULT);
        for (int i = 0; i < pairs.length; i += 2) {
            table.put(pairs[i].codePointAt(0), pairs[i + 1]);
        }
        return Map.copyOf(table);
    }

    private static List<Map.Entry<String, Map<Integer, String>>> lang(Map<Integer, String> table, String... codes) {
        return Arrays.stream(codes).map(code -> Map.entry(code, table)).toList();
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
