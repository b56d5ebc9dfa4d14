package io.camelbenthos.bloblang.methods.strings;

import io.camelbenthos.bloblang.plugin.Args;
import io.camelbenthos.bloblang.plugin.Errors;
import io.camelbenthos.bloblang.plugin.MethodImpl;
import io.camelbenthos.bloblang.plugin.MethodPlugin;
import io.camelbenthos.bloblang.plugin.ParamSpec;
import io.camelbenthos.bloblang.plugin.PluginSpec;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code unicode_segments(segmentation_type)}: UAX #29 segmentation into graphemes, words or sentences, as
 * {@code rivo/uniseg} does. Graphemes use the JDK's extended grapheme clusters ({@code \X}, emoji ZWJ sequences
 * included); words and sentences use {@link BreakIterator}, which keeps spaces and punctuation as their own segments
 * like uniseg. The two follow different Unicode versions, so rare scripts may segment differently.
 */
public final class UnicodeSegmentsMethod implements MethodPlugin {
    private static final Pattern GRAPHEME = Pattern.compile("\\X");

    @Override
    public PluginSpec spec() {
        return PluginSpec.method("unicode_segments").category("String Manipulation").pure()
                .description("Splits text into segments based on Unicode text segmentation rules. Returns an array of "
                        + "strings representing individual graphemes (visual characters), words (including punctuation "
                        + "and whitespace), or sentences.")
                .param(ParamSpec.string("segmentation_type",
                        "Type of segmentation: \"grapheme\", \"word\", or \"sentence\""))
                .build();
    }

    @Override
    public MethodImpl bind(Args args) {
        String type = args.string("segmentation_type");
        return switch (type) {
            case "grapheme" -> (target, ctx) -> graphemes(StringTarget.text(target));
            case "word" -> (target, ctx) -> breaks(BreakIterator.getWordInstance(Locale.ROOT),
                    StringTarget.text(target));
            case "sentence" -> (target, ctx) -> breaks(BreakIterator.getSentenceInstance(Locale.ROOT),
                    StringTarget.text(target));
            default -> throw Errors.failure("invalid segmentation type: " + type);
        };
    }

    private static List<Object> graphemes(String s) {
        List<Object> out = new ArrayList<>();
        Matcher m = GRAPHEME.matcher(s);
        while (m.find()) {
            out.add(m.group());
        }
        return out;
    }

    private static List<Object> breaks(BreakIterator it, String s) {
        List<Object> out = new ArrayList<>();
        it.setText(s);
        int start = it.first();
        for (int end = it.next(); end != BreakIterator.DONE; start = end, end = it.next()) {
            out.add(s.substring(start, end));
        }
        return out;
    }
}
