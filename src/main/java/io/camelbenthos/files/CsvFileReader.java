package io.camelbenthos.files;

import io.camelbenthos.source.BatchSource;
import java.util.List;
import org.apache.camel.CamelContext;

/** The {@code csv} input's reader bean: the files its globs match, each read by {@link CsvRows}. */
public class CsvFileReader extends GlobbedFilesReader {
    private boolean parseHeaderRow = true;
    private String delimiter = ",";
    private boolean lazyQuotes;
    private int batchCount = 1;

    public CsvFileReader() {
        setInputType("csv");
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

    @Override
    protected BatchSource openSource(CamelContext camel) throws Exception {
        List<String> expanded = GoGlob.expand(getPaths());
        if (expanded.isEmpty()) {
            throw new IllegalStateException("requires at least one input file path");
        }
        return new FileSource(expanded, new CsvRows(delimiter.charAt(0), parseHeaderRow, lazyQuotes, batchCount),
                isDeleteOnFinish());
    }
}
