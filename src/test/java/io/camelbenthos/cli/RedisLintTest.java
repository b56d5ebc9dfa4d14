package io.camelbenthos.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code lint} of the redis components: bad URLs and missing fields at the field that breaks them. */
class RedisLintTest {
    @TempDir
    Path dir;

    private String lint(String yaml) throws Exception {
        Path f = Files.writeString(dir.resolve("r.yaml"), yaml);
        StringWriter err = new StringWriter();
        int code = Main.execute(new PrintWriter(new StringWriter()), new PrintWriter(err), "lint", f.toString());
        assertThat(code).as(err.toString()).isEqualTo(1);
        return err.toString().replace(f.toString(), "r.yaml").strip();
    }

    private int lintCode(String yaml) throws Exception {
        Path f = Files.writeString(dir.resolve("ok.yaml"), yaml);
        StringWriter err = new StringWriter();
        int code = Main.execute(new PrintWriter(new StringWriter()), new PrintWriter(err), "lint", f.toString());
        assertThat(err.toString()).isEmpty();
        return code;
    }

    @Test
    void aUrlWithAnotherSchemeIsRefusedAtTheField() throws Exception {
        assertThat(lint("""
                input:
                  redis_list:
                    url: http://localhost:6379
                    key: k
                """)).isEqualTo("r.yaml:3:10: invalid redis URL scheme: http");
    }

    @Test
    void aDatabaseThatIsNotANumberIsRefused() throws Exception {
        assertThat(lint("""
                output:
                  redis_hash:
                    url: redis://localhost:6379/abc
                    key: k
                """)).isEqualTo("r.yaml:3:10: redis: invalid database number: \"abc\"");
    }

    @Test
    void failoverNeedsAMaster() throws Exception {
        assertThat(lint("""
                output:
                  redis_list:
                    url: redis://a:26379,redis://b:26379
                    kind: failover
                    key: k
                """)).endsWith("master name is required when kind is failover");
    }

    @Test
    void streamsNeedAConsumerGroup() throws Exception {
        assertThat(lint("""
                input:
                  redis_streams:
                    url: redis://localhost:6379
                    streams: [ s ]
                """)).endsWith("redis_streams: consumer_group must be set (XREADGROUP needs a group)");
    }

    @Test
    void redisScriptIsRefusedClearly() throws Exception {
        assertThat(lint("""
                pipeline:
                  processors:
                    - redis_script:
                        url: redis://localhost:6379
                        script: return 1
                        args_mapping: root = []
                        keys_mapping: root = []
                """)).startsWith("r.yaml:3:7: redis_script is not supported by camel-benthos");
    }

    @Test
    void theCacheChecksItsUrlToo() throws Exception {
        assertThat(lint("""
                cache_resources:
                  - label: c
                    redis:
                      url: "redis://localhost:notaport"
                input:
                  generate:
                    mapping: root = "x"
                output:
                  drop: {}
                """)).contains("r.yaml:4:12: invalid redis URL");
    }

    @Test
    void everyRedisComponentLintsClean() throws Exception {
        assertThat(lintCode("""
                cache_resources:
                  - label: c
                    redis:
                      url: redis://localhost:6379/1
                      prefix: p_
                      default_ttl: 5m
                rate_limit_resources:
                  - label: r
                    redis:
                      url: tcp://localhost:6379
                      key: limit
                      count: 10
                      interval: 1s
                input:
                  broker:
                    inputs:
                      - redis_list: { url: "redis://localhost:6379", key: in, command: brpop, timeout: 2s }
                      - redis_pubsub: { url: "redis://localhost:6379", channels: [ "a*" ], use_patterns: true }
                      - redis_streams:
                          url: redis://user:secret@localhost:6379/2
                          streams: [ s1, s2 ]
                          consumer_group: g
                          client_id: c1
                output:
                  broker:
                    outputs:
                      - redis_list: { url: "redis://localhost:6379", key: '${! meta("k") }', batching: { count: 5 } }
                      - redis_pubsub: { url: "redis://localhost:6379", channel: out }
                      - redis_streams: { url: "redis://localhost:6379", stream: s, max_length: 100,
                                         metadata: { exclude_prefixes: [ kafka_ ] } }
                      - redis_hash: { url: "redis://localhost:6379", key: h, walk_metadata: true,
                                      fields: { id: '${! json("id") }' } }
                """)).isZero();
    }
}
