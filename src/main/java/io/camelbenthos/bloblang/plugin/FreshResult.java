package io.camelbenthos.bloblang.plugin;

/**
 * Marks a method (functions are always deep-copied) whose result is built anew on every call and shares nothing with
 * its target, arguments or anything else (a freshly parsed document, say): assignments then store it without the
 * deep copy Go makes.
 */
public interface FreshResult {
}
