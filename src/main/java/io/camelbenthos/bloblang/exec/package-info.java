/**
 * Execution of parsed Bloblang: expression {@link io.camelbenthos.bloblang.exec.Node}s, statements and the
 * {@link io.camelbenthos.bloblang.exec.CompiledMapping} that runs them with Benthos's {@code mapping}
 * ({@code apply}) and {@code mutation} ({@code applyInPlace}) semantics.
 *
 * <p>Design: everything resolvable at parse time is resolved then (field paths are split and merged, annotations for
 * error texts are precomputed, literal sub-expressions are folded, plugin arguments are coerced and static plugin
 * calls bound once). Nodes are immutable and shared between threads; all per-execution state (the lazily parsed
 * input, the document being built, variables, metadata, map recursion depth) lives in
 * {@link io.camelbenthos.bloblang.exec.ExecState} and {@link io.camelbenthos.bloblang.exec.ExecContext}. Evaluation
 * errors are {@link io.camelbenthos.bloblang.plugin.QueryException}s without stack traces, so {@code catch} and
 * {@code |} stay cheap; their texts, and the {@code failed assignment (line N)} wrapping, follow Go's
 * {@code internal/bloblang/{query,mapping}} exactly.
 *
 * <p>Known divergence: Java thread stacks are smaller than Go's growable ones, so very deep recursion (maps applying
 * themselves, values nested thousands deep) fails earlier than Go's limit of 5000 map calls, with the same error
 * text for maps and {@code maximum evaluation depth exceeded} otherwise. It never escapes as a
 * {@link java.lang.StackOverflowError}.
 */
package io.camelbenthos.bloblang.exec;
