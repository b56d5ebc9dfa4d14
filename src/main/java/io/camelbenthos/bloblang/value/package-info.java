/**
 * The Bloblang value model. Values are plain Java objects so every part of the project can share them:
 * <ul>
 *   <li>string: {@link java.lang.String}, holding a Go string (a byte that is not valid UTF-8 is the lone surrogate
 *       {@code U+DC80..U+DCFF}, see {@link io.camelbenthos.bloblang.go.GoUtf8}); bytes: {@code byte[]}</li>
 *   <li>number: {@link java.lang.Long} (Go int64, wrapping arithmetic), {@link java.lang.Double} (float64),
 *       {@link io.camelbenthos.bloblang.value.JsonNumber} (a number read from input JSON, original text kept),
 *       and the cast results {@link java.lang.Integer}/{@link java.lang.Float}/{@link io.camelbenthos.bloblang.value.UInt64}
 *       where Go would hold int32/float32/uint64</li>
 *   <li>bool: {@link java.lang.Boolean}; null: Java {@code null}</li>
 *   <li>array: {@link java.util.List}; object: {@link java.util.Map} with String keys</li>
 *   <li>timestamp: {@link java.time.ZonedDateTime}</li>
 *   <li>the sentinels {@link io.camelbenthos.bloblang.value.Deleted#INSTANCE} and
 *       {@link io.camelbenthos.bloblang.value.Nothing#INSTANCE}</li>
 * </ul>
 */
package io.camelbenthos.bloblang.value;
