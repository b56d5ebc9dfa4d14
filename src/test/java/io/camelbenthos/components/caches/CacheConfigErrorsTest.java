package io.camelbenthos.components.caches;

import static org.assertj.core.api.Assertions.assertThat;

import io.camelbenthos.config.ConfigException;
import io.camelbenthos.translate.BenthosRoutes;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Config problems of caches and the components using them, each one line {@code file:line:col: message}, as
 * {@code camel-benthos lint} reports them (parsing first, then translation).
 */
class CacheConfigErrorsTest {

    /** What lint prints: every parse problem, or else the translation's. */
    private static List<String> problems(String yaml) {
        try {
            BenthosRoutes.fromYaml("c.yaml", yaml);
            return List.of();
        } catch (ConfigException e) {
            return e.errors();
        }
    }

    static Stream<Arguments> cases() {
        return Stream.of(
                Arguments.of("an unknown cache in the cache processor", """
                        pipeline:
                          processors:
                            - cache: {resource: nope, operator: get, key: k}
                        """, List.of("c.yaml:3:25: cache resource 'nope' was not found")),
                Arguments.of("unknown caches everywhere, all reported", """
                        pipeline:
                          processors:
                            - dedupe: {cache: a, key: k}
                            - cached: {cache: b, key: k, processors: []}
                        output:
                          cache: {target: c}
                        cache_resources:
                          - label: levels
                            multilevel: [d, a]
                        """, List.of(
                                "c.yaml:3:23: cache resource 'a' was not found",
                                "c.yaml:4:23: cache resource 'b' was not found",
                                "c.yaml:6:19: cache resource 'c' was not found",
                                "c.yaml:9:18: cache resource 'd' was not found",
                                "c.yaml:9:21: cache resource 'a' was not found")),
                Arguments.of("a cache without a label", """
                        cache_resources:
                          - memory: {}
                        """, List.of("c.yaml:2:5: the label field for resources must be unique and not empty")),
                Arguments.of("bad durations of the memory cache", """
                        cache_resources:
                          - label: m
                            memory: {default_ttl: 5 minutes, compaction_interval: 1d}
                        """, List.of(
                                "c.yaml:3:27: time: unknown unit \" minutes\" in duration \"5 minutes\"",
                                "c.yaml:3:59: time: unknown unit \"d\" in duration \"1d\"")),
                Arguments.of("an unknown field and an unknown algorithm", """
                        cache_resources:
                          - label: l
                            lru: {capacity: 5, algorithm: lfu}
                        """, List.of(
                                "c.yaml:3:11: field capacity not recognised",
                                "c.yaml:3:35: value lfu is not a valid option for this field")),
                Arguments.of("an operator that is not one", """
                        pipeline:
                          processors:
                            - cache: {resource: m, operator: put, key: k}
                        cache_resources:
                          - label: m
                            memory: {}
                        """, List.of("c.yaml:3:38: value put is not a valid option for this field")),
                Arguments.of("an operator in the wrong case (lint is lenient, Benthos's constructor is not)", """
                        pipeline:
                          processors:
                            - cache: {resource: m, operator: SET, key: k}
                        cache_resources:
                          - label: m
                            memory: {}
                        """, List.of("c.yaml:3:38: operator not recognised: SET")),
                Arguments.of("an empty resource name", """
                        pipeline:
                          processors:
                            - cache: {resource: "", operator: get, key: k}
                        """, List.of("c.yaml:3:25: cache name must be specified")),
                Arguments.of("a literal ttl that is not a duration (cache processor)", """
                        pipeline:
                          processors:
                            - cache: {resource: m, operator: set, key: k, ttl: 5 min}
                        cache_resources:
                          - label: m
                            memory: {}
                        """, List.of("c.yaml:3:56: ttl must be a duration: time: unknown unit \" min\" in duration \"5 min\"")),
                Arguments.of("a literal ttl that is not a duration (cached: empty too)", """
                        pipeline:
                          processors:
                            - cached: {cache: m, key: k, ttl: "", processors: []}
                        cache_resources:
                          - label: m
                            memory: {}
                        """, List.of("c.yaml:3:39: failed to parse ttl expression: time: invalid duration \"\"")),
                Arguments.of("a literal ttl that is not a duration (output)", """
                        output:
                          cache: {target: m, ttl: 1y}
                        cache_resources:
                          - label: m
                            memory: {}
                        """, List.of("c.yaml:2:27: ttl field: time: unknown unit \"y\" in duration \"1y\"")),
                Arguments.of("an empty dedupe key", """
                        pipeline:
                          processors:
                            - dedupe: {cache: m, key: ""}
                        cache_resources:
                          - label: m
                            memory: {}
                        """, List.of("c.yaml:3:31: dedupe key must not be empty")),
                Arguments.of("a bad interpolation in a key", """
                        pipeline:
                          processors:
                            - dedupe: {cache: m, key: "${! nope( }"}
                        cache_resources:
                          - label: m
                            memory: {}
                        """, List.of("c.yaml:3:42: required: expected function argument")),
                Arguments.of("max_in_flight of the output", """
                        output:
                          cache: {target: m, max_in_flight: 0}
                        cache_resources:
                          - label: m
                            memory: {}
                        """, List.of("c.yaml:2:37: max_in_flight must be at least 1")),
                Arguments.of("an lru without room", """
                        cache_resources:
                          - label: l
                            lru: {cap: 0}
                        """, List.of("c.yaml:3:16: invalid lru cache parameter capacity: must be bigger than 0")),
                Arguments.of("two_queues ratios out of range", """
                        cache_resources:
                          - label: l
                            lru: {algorithm: two_queues, two_queues_recent_ratio: 1.5}
                        """, List.of("c.yaml:3:59: invalid recent ratio")),
                Arguments.of("a ttlru without room (translation stops at its first problem)", """
                        cache_resources:
                          - label: t
                            ttlru: {cap: -1}
                          - label: u
                            ttlru: {default_ttl: 0s}
                        """, List.of("c.yaml:3:18: invalid ttlru cache parameter capacity: must be bigger than 0")),
                Arguments.of("a ttlru with no time", """
                        cache_resources:
                          - label: u
                            ttlru: {default_ttl: 0s}
                        """, List.of("c.yaml:3:26: invalid ttlru cache parameter default_ttl: must be bigger than 0s")),
                Arguments.of("a file cache without its directory", """
                        cache_resources:
                          - label: f
                            file: {}
                        """, List.of("c.yaml:3:11: field directory is required")),
                Arguments.of("a multilevel cache of one level", """
                        cache_resources:
                          - label: one
                            multilevel: [m]
                          - label: m
                            memory: {}
                        """, List.of("c.yaml:3:17: expected at least two cache levels, found 1")),
                Arguments.of("a multilevel cache that is a level of itself", """
                        cache_resources:
                          - label: outer
                            multilevel: [m, a]
                          - label: a
                            multilevel: [m, b]
                          - label: b
                            multilevel: [m, a]
                          - label: m
                            memory: {}
                        """, List.of("c.yaml:4:5: cache resource 'a' is a level of itself: a -> b -> a")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void isReportedOnOneLineAtItsPosition(String name, String yaml, List<String> expected) {
        assertThat(problems(yaml)).containsExactlyElementsOf(expected);
    }
}
