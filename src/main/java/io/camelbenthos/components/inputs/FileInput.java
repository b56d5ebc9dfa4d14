package io.camelbenthos.components.inputs;

import io.camelbenthos.components.ComponentKind;
import io.camelbenthos.components.ComponentSpec;
import io.camelbenthos.components.FieldSpec;
import io.camelbenthos.components.FieldType;
import io.camelbenthos.components.TranslationContext;
import io.camelbenthos.config.ComponentConfig;
import io.camelbenthos.config.ConfigException;
import io.camelbenthos.files.FileReader;
import io.camelbenthos.files.GoGlob;
import io.camelbenthos.scanner.ScannerChoice;
import io.camelbenthos.scanner.Scanners;
import io.camelbenthos.source.SourcePump;
import java.util.List;
import java.util.Map;

/**
 * The {@code file} input (connectors reference §7.1): the files its globs match, read one after the other through a
 * scanner by a {@link FileReader}; the input ends after the last file.
 */
public final class FileInput implements PumpedInput {
    private static final ComponentSpec SPEC = new ComponentSpec("file", ComponentKind.INPUT, "stable",
            "Consumes data from files on disk, emitting messages according to a chosen scanner.", List.of(
            FieldSpec.required("paths", FieldType.STRING_LIST, "A list of paths to consume sequentially. Glob "
                    + "patterns are supported, including super globs (double star)."),
            scannerField(),
            FieldSpec.of("codec", FieldType.STRING, null, "Deprecated: the old codec names (`lines`, `delim:x`, "
                    + "`all-bytes`, `chunker:N`, `csv`, `tar`, `regex:x`, `auto`, `gzip/` prefixes); "
                    + "replaces the scanner when set.").asAdvanced(),
            FieldSpec.of("max_buffer", FieldType.INT, 1000000L, "Deprecated: the line buffer of the old codecs.")
                    .asAdvanced(),
            FieldSpec.of("delete_on_finish", FieldType.BOOL, false,
                    "Whether to delete input files from the disk once they are fully consumed.").asAdvanced(),
            autoReplayNacksField()));

    /** The {@code scanner} field, shared with the inputs that read byte streams. */
    static FieldSpec scannerField() {
        return FieldSpec.of("scanner", FieldType.ANY, Map.of("lines", Map.of()), "The scanner by which the stream "
                + "of bytes consumed is broken out into messages: one of " + String.join(", ", Scanners.KINDS) + ".");
    }

    static FieldSpec autoReplayNacksField() {
        return FieldSpec.of("auto_replay_nacks", FieldType.BOOL, true, "Whether messages that are rejected (nacked) "
                + "at the output level should be automatically replayed indefinitely.");
    }

    @Override
    public ComponentSpec spec() {
        return SPEC;
    }

    @Override
    public SourcePump pump(ComponentConfig config, TranslationContext context, String deliveryUri) {
        List<String> paths = checkedGlobs(config, "paths");
        FileReader reader = new FileReader();
        reader.setPaths(paths);
        reader.setScanning(ScannerChoice.from(config));
        reader.setDeleteOnFinish(config.bool("delete_on_finish"));
        reader.setAutoReplayNacks(config.bool("auto_replay_nacks"));
        return reader;
    }

    /** The paths, each glob checked. */
    static List<String> checkedGlobs(ComponentConfig config, String field) {
        List<String> paths = config.stringList(field);
        for (String p : paths) {
            try {
                GoGlob.check(p);
            } catch (GoGlob.BadPatternException e) {
                throw new ConfigException(config.position(field), "failed to resolve path glob '" + p + "': "
                        + e.getMessage());
            }
        }
        return paths;
    }
}
