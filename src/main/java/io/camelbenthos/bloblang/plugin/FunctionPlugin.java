package io.camelbenthos.bloblang.plugin;

/** A function, called as {@code name(args)}. */
public interface FunctionPlugin extends BloblangPlugin {
    /**
     * Binds arguments. Called once at parse time when every argument is a literal (compile regexes, check
     * options here: a thrown {@link QueryException} becomes a parse error), otherwise once per call with the
     * resolved arguments.
     */
    FunctionImpl bind(Args args);
}
