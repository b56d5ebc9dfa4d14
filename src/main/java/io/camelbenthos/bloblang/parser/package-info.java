/**
 * The Bloblang parser ({@link io.camelbenthos.bloblang.parser.Parser}) and the {@code ${! ... }} template parser
 * ({@link io.camelbenthos.bloblang.parser.Interpolations}).
 *
 * <p>The parser is hand written but follows Benthos's parser combinators alternative by alternative (same order of
 * alternatives, same "furthest failure wins" rule, same {@code required} upgrades), so that what parses and the texts
 * of parse errors ({@code line 1 char 10: expected ...}) match Go. Positions count code points. Nesting is limited to
 * {@link io.camelbenthos.bloblang.parser.Parser#MAX_DEPTH} levels and one expression to
 * {@link io.camelbenthos.bloblang.parser.Parser#MAX_OPERATORS} operators, so hostile input yields a parse error
 * rather than a stack overflow. Template errors read {@code char N: ...} (Go {@code ErrorAtChar}).
 */
package io.camelbenthos.bloblang.parser;
