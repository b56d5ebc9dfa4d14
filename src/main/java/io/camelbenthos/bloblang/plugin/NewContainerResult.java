package io.camelbenthos.bloblang.plugin;

/**
 * Marks a method (functions are always deep-copied) whose array or object result is a container built anew on every
 * call (its elements may still be shared with the input). Assigning such a result then copies only the elements, not
 * the container too. Only for results that are mutable {@code ArrayList}/{@code LinkedHashMap}-like containers
 * nothing else holds.
 */
public interface NewContainerResult {
}
