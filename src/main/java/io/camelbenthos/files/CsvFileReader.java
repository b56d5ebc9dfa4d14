package io.camelbenthos.files;

import io.camelbenthos.source.BatchSource;
import io.camelbenthos.source.SourcePump;
import java.util.List;

/** The {@code csv} input's reader bean: the files its globs match, each read by {@link CsvRows}. */
public class CsvFileReader extends SourcePump {
    private List<String> paths = List.of();
    private boolean parseHeaderRow = true;
    private String delimiter = ",";
    private boolean lazyQuotes;
    private int batchCount = 1;
    private boolean deleteOnFinish;

    public CsvFileReader() {
        setInputType("csv");
    }

    public List<String> getPaths() {
        return paths;
    }

    public void setPaths(List<String> paths) {
        this.paths = List.copyOf(paths);
    }

    public boolean isParseHeaderRow() {
        return parseHeaderRow;
    }

    public void setParseHeaderRow(boolean parseHeaderRow) {
        this.parseHeaderRow = parseHeaderRow;
    }

    /** One character (checked at lint). */
    public String getDelimiter() {
        return delimiter;
    }

    public void setDelimiter(String delimiter) {
        this.delimiter = delimiter;
    }

    public boolean isLazyQuotes() {
        return lazyQuotes;
    }

    public void setLazyQuotes(boolean lazyQuotes) {
        this.lazyQuotes = lazyQuotes;
    }

    public int getBatchCount() {
        return batchCount;
    }

    public void setBatchCount(int batchCount) {
        this.batchCount = batchCount;
    }

    public boolean isDeleteOnFinish() {
        return deleteOnFinish;
    }

    public void setDeleteOnFinish(boolean deleteOnFinish) {
        this.deleteOnFinish = deleteOnFinish;
    }

    @Override
    protected BatchSource openSource(org.apache.camel.CamelContext camel) throws Exception {
        List<String> expanded = GoGlob.expand(paths);
        if (expanded.isEmpty()) {
            throw new IllegalStateException("requires at least one input file path");
        }
        return new FileSource(expanded, new CsvRows(delimiter.charAt(0), parseHeaderRow, lazyQuotes, batchCount),
                deleteOnFinish);
    }
}
