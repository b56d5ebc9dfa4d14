package io.camelbenthos.components;

/** Value types a component field can declare; they drive parsing, defaults, lint and the JSON schema. */
public enum FieldType {
    STRING,
    /** A string with {@code ${! ... }} interpolations, compiled and checked at lint time. */
    INTERPOLATED_STRING,
    /** A Bloblang mapping, parsed at lint time. */
    BLOBLANG,
    INT,
    FLOAT,
    BOOL,
    /** A Go duration string such as {@code 5s}. */
    DURATION,
    STRING_LIST,
    INT_LIST,
    /** A map of string to string. */
    STRING_MAP,
    /** A map of string to interpolated string. */
    INTERPOLATED_MAP,
    /** A nested object with its own child fields. */
    OBJECT,
    /** A list of nested objects sharing child fields. */
    OBJECT_LIST,
    /** A map of name to nested object, the objects sharing child fields ({@code workflow.branches}). */
    OBJECT_MAP,
    INPUT,
    INPUT_LIST,
    PROCESSOR,
    PROCESSOR_LIST,
    OUTPUT,
    OUTPUT_LIST,
    /** A list of rate limits ({@code rate_limit_resources}). */
    RATE_LIMIT_LIST,
    /** The label of a {@code rate_limit_resources} entry; checked to exist at lint time. */
    RATE_LIMIT_LABEL,
    /** A list of caches ({@code cache_resources}). */
    CACHE_LIST,
    /** The label of a {@code cache_resources} entry; checked to exist at lint time. */
    CACHE_LABEL,
    /** A list of labels of {@code cache_resources} entries, each checked to exist at lint time. */
    CACHE_LABEL_LIST,
    /** The top-level {@code buffer} component. */
    BUFFER,
    /** Anything; not validated. */
    ANY
}
