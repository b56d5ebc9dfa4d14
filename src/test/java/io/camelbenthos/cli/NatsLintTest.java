package io.camelbenthos.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code lint} of the NATS components: bad URLs, subjects, buckets and field combinations, at the field at fault. */
class NatsLintTest {
    @TempDir
    Path dir;

    private int lint(String yaml, StringWriter err) throws Exception {
        Path f = Files.writeString(dir.resolve("n.yaml"), yaml);
        int code = Main.execute(new PrintWriter(new StringWriter()), new PrintWriter(err), "lint", f.toString());
        return code;
    }

    private String problem(String yaml) throws Exception {
        StringWriter err = new StringWriter();
        int code = lint(yaml, err);
        assertThat(code).as(err.toString()).isEqualTo(1);
        return err.toString().replace(dir.resolve("n.yaml").toString(), "n.yaml").strip();
    }

    @Test
    void aCompleteNatsConfigLintsClean() throws Exception {
        StringWriter err = new StringWriter();
        assertThat(lint("""
                input:
                  nats_jetstream:
                    urls: [ "nats://127.0.0.1:4222,tls://other:4443" ]
                    subject: orders.>
                    durable: orders
                    deliver: last_per_subject
                    ack_wait: 10s
                pipeline:
                  processors:
                    - nats_kv:
                        urls: [ nats://127.0.0.1:4222 ]
                        bucket: customers
                        operation: get
                        key: ${! @customer }
                output:
                  nats:
                    urls: [ 127.0.0.1:4222 ]
                    subject: out.${! @nats_subject }
                    headers:
                      Origin: camel-benthos
                    metadata:
                      include_prefixes: [ nats_ ]
                    auth:
                      user: me
                      password: secret
                """, err)).as(err.toString()).isZero();
    }

    @Test
    void badUrlsAreRefused() throws Exception {
        assertThat(problem("""
                input:
                  nats:
                    urls: [ "http://127.0.0.1:4222" ]
                    subject: foo
                """)).isEqualTo("n.yaml:3:11: invalid URL \"http://127.0.0.1:4222\": the scheme must be nats, tls, ws "
                + "or wss");
        assertThat(problem("""
                output:
                  nats_kv:
                    urls: [ ]
                    bucket: b
                    key: k
                """)).isEqualTo("n.yaml:3:11: must specify at least one URL");
        assertThat(problem("""
                output:
                  nats_jetstream:
                    urls: [ "nats://bad host:4222" ]
                    subject: foo
                """)).startsWith("n.yaml:3:11: invalid URL \"nats://bad host:4222\": ");
    }

    @Test
    void badSubjectsAreRefused() throws Exception {
        assertThat(problem("""
                input:
                  nats:
                    urls: [ nats://127.0.0.1:4222 ]
                    subject: "foo..bar"
                """)).isEqualTo("n.yaml:4:14: invalid subject \"foo..bar\": empty token");
        assertThat(problem("""
                input:
                  nats:
                    urls: [ nats://127.0.0.1:4222 ]
                    subject: "foo.>.bar"
                """)).isEqualTo("n.yaml:4:14: invalid subject \"foo.>.bar\": '>' must be the last token");
        assertThat(problem("""
                output:
                  nats:
                    urls: [ nats://127.0.0.1:4222 ]
                    subject: "foo.*"
                """)).isEqualTo("n.yaml:4:14: invalid subject \"foo.*\": wildcards are not allowed here");
        assertThat(problem("""
                output:
                  nats:
                    urls: [ nats://127.0.0.1:4222 ]
                    subject: "has space"
                """)).isEqualTo("n.yaml:4:14: invalid subject \"has space\": it must not contain whitespace");
    }

    @Test
    void jetStreamFieldRules() throws Exception {
        assertThat(problem("""
                input:
                  nats_jetstream:
                    urls: [ nats://127.0.0.1:4222 ]
                """)).endsWith("subject and stream is empty");
        assertThat(problem("""
                input:
                  nats_jetstream:
                    urls: [ nats://127.0.0.1:4222 ]
                    subject: foo
                    queue: q
                    durable: d
                """)).isEqualTo("n.yaml:5:12: both 'queue' and 'durable' can't be set simultaneously");
        assertThat(problem("""
                input:
                  nats_jetstream:
                    urls: [ nats://127.0.0.1:4222 ]
                    subject: foo
                    bind: true
                """)).isEqualTo("n.yaml:5:11: stream or durable is required, when bind is true");
    }

    @Test
    void kvRules() throws Exception {
        assertThat(problem("""
                input:
                  nats_kv:
                    urls: [ nats://127.0.0.1:4222 ]
                    bucket: "my.bucket"
                """)).isEqualTo("n.yaml:4:13: invalid bucket name \"my.bucket\": only letters, digits, '-' and '_' "
                + "are allowed");
        assertThat(problem("""
                pipeline:
                  processors:
                    - nats_kv:
                        urls: [ nats://127.0.0.1:4222 ]
                        bucket: b
                        operation: update
                        key: k
                """)).isEqualTo("n.yaml:6:20: 'revision' must be set when operation is 'update'");
        assertThat(problem("""
                pipeline:
                  processors:
                    - nats_kv:
                        urls: [ nats://127.0.0.1:4222 ]
                        bucket: b
                        operation: get
                        key: k
                        revision: "1"
                """)).isEqualTo("n.yaml:8:19: 'revision' cannot be set when operation is 'get'");
    }

    @Test
    void whatThisRuntimeCannotDoIsRefusedClearly() throws Exception {
        assertThat(problem("""
                input:
                  nats:
                    urls: [ nats://127.0.0.1:4222 ]
                    subject: foo
                    auth:
                      user_credentials_file: ./user.creds
                """)).isEqualTo("n.yaml:6:30: auth.user_credentials_file is not supported by this runtime (NKey "
                + "signing is not built in); use user and password or token");
        assertThat(problem("""
                output:
                  nats:
                    urls: [ nats://127.0.0.1:4222 ]
                    subject: foo
                    inject_tracing_map: 'meta = @'
                """)).isEqualTo("n.yaml:5:25: nats: inject_tracing_map is not supported");
    }
}
