package io.camelbenthos.playground;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The mapping and input the editor opens with, optionally loaded from files ({@code -m}, {@code -i}) and, with
 * {@code --write}, saved back to them as they are edited (a missing file is then created rather than an error).
 */
public final class PlaygroundState {
    static final String DEFAULT_MAPPING = "root = this";
    static final String DEFAULT_INPUT = "{\"message\":\"hello world\"}";
    private static final Logger LOG = LoggerFactory.getLogger(PlaygroundState.class);

    private final Path mappingFile;
    private final Path inputFile;
    private final boolean writeBack;
    private String mapping;
    private String input;

    private PlaygroundState(Path mappingFile, Path inputFile, boolean writeBack, String mapping, String input) {
        this.mappingFile = mappingFile;
        this.inputFile = inputFile;
        this.writeBack = writeBack;
        this.mapping = mapping;
        this.input = input;
    }

    /** The defaults Benthos opens with: {@code root = this} on {@code {"message":"hello world"}}. */
    public static PlaygroundState defaults() {
        return new PlaygroundState(null, null, false, DEFAULT_MAPPING, DEFAULT_INPUT);
    }

    /**
     * @param mappingFile null for none
     * @param inputFile   null for none
     * @throws IOException when a named file cannot be read (a missing one is fine with {@code writeBack})
     */
    public static PlaygroundState load(Path mappingFile, Path inputFile, boolean writeBack) throws IOException {
        return new PlaygroundState(mappingFile, inputFile, writeBack,
                read(mappingFile, writeBack, DEFAULT_MAPPING), read(inputFile, writeBack, DEFAULT_INPUT));
    }

    private static String read(Path file, boolean writeBack, String fallback) throws IOException {
        if (file == null) {
            return fallback;
        }
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            if (writeBack) {
                return fallback;
            }
            throw e;
        }
    }

    public synchronized String mapping() {
        return mapping;
    }

    public synchronized String input() {
        return input;
    }

    /** Records the latest edit (so a reload of the page shows it) and saves changed text when asked to. */
    synchronized void update(String newMapping, String newInput) {
        if (writeBack) {
            save(mappingFile, mapping, newMapping);
            save(inputFile, input, newInput);
        }
        mapping = newMapping;
        input = newInput;
    }

    private static void save(Path file, String previous, String current) {
        if (file == null || current.equals(previous)) {
            return;
        }
        try {
            Files.writeString(file, current, StandardCharsets.UTF_8);
        } catch (IOException e) {
            // As Benthos does: report and keep serving, the edit is still in the page.
            LOG.warn("Failed to write {}: {}", file, e.getMessage());
        }
    }
}
