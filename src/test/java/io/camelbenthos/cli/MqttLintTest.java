package io.camelbenthos.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code lint} of the mqtt input and output: what could only fail when connecting is an error at its field. */
class MqttLintTest {
    @TempDir
    Path dir;

    private String lint(String yaml) throws Exception {
        Path f = Files.writeString(dir.resolve("m.yaml"), yaml);
        StringWriter err = new StringWriter();
        int code = Main.execute(new PrintWriter(new StringWriter()), new PrintWriter(err), "lint", f.toString());
        assertThat(code).as(err.toString()).isEqualTo(1);
        return err.toString().replace(f.toString(), "m.yaml").strip();
    }

    private int lintClean(String yaml) throws Exception {
        Path f = Files.writeString(dir.resolve("ok.yaml"), yaml);
        StringWriter err = new StringWriter();
        int code = Main.execute(new PrintWriter(new StringWriter()), new PrintWriter(err), "lint", f.toString());
        assertThat(err.toString()).isEmpty();
        return code;
    }

    @Test
    void aUrlNoClientCanDialIsRefused() throws Exception {
        assertThat(lint("""
                input:
                  mqtt:
                    urls: [ "http://localhost:1883" ]
                    topics: [ a ]
                """)).isEqualTo("m.yaml:3:11: invalid URL 'http://localhost:1883': the scheme must be one of tcp, "
                + "mqtt, ssl, tls, tcps, mqtts, ws or wss");
        assertThat(lint("""
                output:
                  mqtt:
                    urls: [ "localhost:1883" ]
                    topic: a
                """)).startsWith("m.yaml:3:11: invalid URL 'localhost:1883'");
        assertThat(lint("""
                output:
                  mqtt:
                    urls: []
                    topic: a
                """)).isEqualTo("m.yaml:3:11: must specify at least one URL");
    }

    @Test
    void aQosOutsideZeroToTwoIsRefused() throws Exception {
        assertThat(lint("""
                input:
                  mqtt:
                    urls: [ "tcp://localhost:1883" ]
                    topics: [ a ]
                    qos: 3
                """)).isEqualTo("m.yaml:5:10: invalid QoS 3: must be 0, 1 or 2");
        assertThat(lint("""
                output:
                  mqtt:
                    urls: [ "tcp://localhost:1883" ]
                    topic: a
                    will:
                      enabled: true
                      topic: gone
                      qos: -1
                """)).isEqualTo("m.yaml:8:12: invalid QoS -1: must be 0, 1 or 2");
    }

    @Test
    void aWillNeedsATopicAndTheSuffixIsNanoidOnly() throws Exception {
        assertThat(lint("""
                output:
                  mqtt:
                    urls: [ "tcp://localhost:1883" ]
                    topic: a
                    will:
                      enabled: true
                """)).endsWith("include topic to register a last will");
        assertThat(lint("""
                input:
                  mqtt:
                    urls: [ "tcp://localhost:1883" ]
                    topics: [ a ]
                    dynamic_client_id_suffix: uuid
                """)).contains("m.yaml:5:31:");
    }

    @Test
    void aFullConfigLintsClean() throws Exception {
        assertThat(lintClean("""
                input:
                  mqtt:
                    urls: [ "tcp://localhost:1883,mqtts://broker:8883" ]
                    client_id: reader
                    dynamic_client_id_suffix: nanoid
                    connect_timeout: 5s
                    topics: [ "sensors/+/temp", "alerts/#" ]
                    qos: 2
                    clean_session: false
                    user: u
                    password: p
                    keepalive: 10
                    will: { enabled: true, qos: 1, retained: true, topic: status, payload: gone }
                output:
                  mqtt:
                    urls: [ "ws://localhost:9001" ]
                    topic: 'out/${! @mqtt_topic }'
                    qos: 0
                    retained_interpolated: '${! @mqtt_retained }'
                    write_timeout: 1s
                    max_in_flight: 8
                """)).isZero();
    }
}
