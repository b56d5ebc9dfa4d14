package io.camelbenthos.files;

import io.camelbenthos.source.SourcePump;
import java.util.List;

/** What the {@code file} and {@code csv} inputs' reader beans share: the path globs and {@code delete_on_finish}. */
public abstract class GlobbedFilesReader extends SourcePump {
    private List<String> paths = List.of();
    private boolean deleteOnFinish;

    /** The globs, expanded when the reader starts (Benthos expands them once, at construction). */
    public List<String> getPaths() {
        return paths;
    }

    public void setPaths(List<String> paths) {
        this.paths = List.copyOf(paths);
    }

    public boolean isDeleteOnFinish() {
        return deleteOnFinish;
    }

    public void setDeleteOnFinish(boolean deleteOnFinish) {
        this.deleteOnFinish = deleteOnFinish;
    }
}
