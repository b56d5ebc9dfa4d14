package io.camelbenthos.bloblang.exec;

/** One mapping statement; {@link #line} is its 1-based line in the text it was parsed from. */
public abstract class Statement {
    final int line;

    protected Statement(int line) {
        this.line = line;
    }

    /**
     * @throws io.camelbenthos.bloblang.plugin.QueryException when the statement fails
     */
    abstract void execute(ExecContext ctx);

    public int line() {
        return line;
    }
}
