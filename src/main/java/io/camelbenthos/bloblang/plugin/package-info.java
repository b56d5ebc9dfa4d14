/**
 * The plugin SPI of the Bloblang engine: how functions ({@code now()}) and methods ({@code this.a.uppercase()}) are
 * declared, bound and run.
 *
 * <h2>Adding a plugin (one small class per function or method)</h2>
 * <ol>
 *   <li>Create a public class with a public no-arg constructor in {@code io.camelbenthos.bloblang.functions} or
 *       {@code io.camelbenthos.bloblang.methods} (a sub-package per category is fine, e.g. {@code methods.strings}),
 *       named {@code <CamelName>Function} / {@code <CamelName>Method}, implementing one of:
 *       <ul>
 *         <li>{@link io.camelbenthos.bloblang.plugin.FunctionPlugin}: {@code name(args)};</li>
 *         <li>{@link io.camelbenthos.bloblang.plugin.MethodPlugin}: {@code target.name(args)} on the evaluated target
 *             (the usual case);</li>
 *         <li>{@link io.camelbenthos.bloblang.plugin.TargetMethodPlugin}: methods that evaluate the target themselves
 *             ({@code catch}, {@code or}).</li>
 *       </ul></li>
 *   <li>Declare everything in {@code spec()} with {@link io.camelbenthos.bloblang.plugin.PluginSpec#method(String)}
 *       / {@code function(String)}: category, status, description, parameters in positional order
 *       ({@link io.camelbenthos.bloblang.plugin.ParamSpec}: type, {@code withDefault}, {@code optional},
 *       {@code query(name, desc, scalarsAllowed)} for lambdas), {@code variadic()}, {@code impure()} for anything
 *       touching the host (sandboxes drop it), {@code pure()} when the result depends only on target and arguments.
 *       Copy names, defaults and types from {@code examples.json} {@code plugins[]}.</li>
 *   <li>Implement {@code bind(Args)}: it receives arguments already coerced to the declared types (read them with
 *       {@link io.camelbenthos.bloblang.plugin.Args} getters). It runs once at parse time when all arguments are
 *       literals (compile regexes and validate options here; a thrown
 *       {@link io.camelbenthos.bloblang.plugin.QueryException} becomes a parse error), otherwise once per call with
 *       the resolved dynamic arguments (failures then read
 *       {@code failed to extract input arg 'x': wrong argument type, expected string, got null}, done by the engine).
 *       Return a lambda: {@link io.camelbenthos.bloblang.plugin.MethodImpl} {@code (target, ctx) -> result}.</li>
 *   <li>Fail with {@link io.camelbenthos.bloblang.plugin.Errors}: {@code Errors.typeError(v, ValueType.STRING)}
 *       (the engine adds {@code from <annotation>}), {@code Errors.failure("...")} (the engine prefixes the target's
 *       annotation: {@code field `this.a`: ...}). Never let another exception escape; never mutate the target or
 *       argument values (copy with {@code Values.deepCopy}).</li>
 *   <li>Use the value helpers in {@link io.camelbenthos.bloblang.value.Values} ({@code getString}, {@code getNumber},
 *       {@code getInt}, {@code toGoString}, {@code equal}, {@code typeName}, {@code sanitize}, byte-wise
 *       {@code compareUtf8}, {@code utf8Length}), {@link io.camelbenthos.bloblang.value.GoJson} for JSON and
 *       {@code io.camelbenthos.bloblang.go} for Go strconv/fmt/time behaviour.</li>
 *   <li>Lambdas ({@code query expression} params): {@code args.query("query")} gives a
 *       {@link io.camelbenthos.bloblang.plugin.Query}; evaluate per element with
 *       {@code q.evalWith(ctx, element)}.</li>
 *   <li>Register the class: add its fully qualified name to
 *       {@code src/main/resources/META-INF/services/io.camelbenthos.bloblang.plugin.BloblangPlugin}, keeping the
 *       file sorted (one class per line; sorted insertion keeps parallel branches merging cleanly).
 *       {@code PluginRegistryTest} fails when a plugin class is not listed or the file is unsorted.</li>
 *   <li>Test it: the conformance suite ({@code BloblangConformanceTest}) runs every documented example of your
 *       plugin; remove its ids from {@code src/test/resources/bloblang/known-failures.txt} once they pass. Add unit
 *       tests for edge cases beyond the examples.</li>
 * </ol>
 *
 * <p>Message access ({@code content()}, {@code @}, batch) goes through
 * {@link io.camelbenthos.bloblang.plugin.CallContext}; environment variables through
 * {@code ctx.environment().env(name)}.
 */
package io.camelbenthos.bloblang.plugin;
