package io.camelbenthos.mqtt;

import io.camelbenthos.components.FieldSpec;
import io.camelbenthos.components.FieldType;
import io.camelbenthos.components.TlsField;
import java.util.ArrayList;
import java.util.List;

/** The client fields Benthos's mqtt input and output share, with its defaults and docs. */
public final class MqttFields {
    private MqttFields() {
    }

    /** The client fields, then {@code more}. */
    public static List<FieldSpec> client(FieldSpec... more) {
        List<FieldSpec> fields = new ArrayList<>(List.of(
                FieldSpec.required("urls", FieldType.STRING_LIST,
                        "A list of URLs to connect to. If an item of the list contains commas it will be expanded "
                                + "into multiple URLs."),
                FieldSpec.of("client_id", FieldType.STRING, "", "An identifier for the client connection."),
                FieldSpec.of("dynamic_client_id_suffix", FieldType.STRING, null,
                        "Append a dynamically generated suffix to the specified `client_id` on each run of the "
                                + "pipeline. This can be useful when clustering Redpanda Connect producers.")
                        .options("nanoid").asAdvanced(),
                FieldSpec.of("connect_timeout", FieldType.DURATION, "30s",
                        "The maximum amount of time to wait in order to establish a connection before the attempt "
                                + "is abandoned."),
                FieldSpec.object("will", "Set last will message in case of Redpanda Connect failure",
                        FieldSpec.of("enabled", FieldType.BOOL, false, "Whether to enable last will messages."),
                        FieldSpec.of("qos", FieldType.INT, 0L, "Set QoS for last will message. Valid values are: "
                                + "0, 1, 2."),
                        FieldSpec.of("retained", FieldType.BOOL, false, "Set retained for last will message."),
                        FieldSpec.of("topic", FieldType.STRING, "", "Set topic for last will message."),
                        FieldSpec.of("payload", FieldType.STRING, "", "Set payload for last will message."))
                        .asAdvanced(),
                FieldSpec.of("user", FieldType.STRING, "", "A username to connect with.").asAdvanced(),
                FieldSpec.of("password", FieldType.STRING, "", "A password to connect with.").asAdvanced(),
                FieldSpec.of("keepalive", FieldType.INT, 30L,
                        "Max seconds of inactivity before a keepalive message is sent.").asAdvanced(),
                TlsField.spec("Not supported: give an unencrypted PKCS#8 key.")));
        fields.addAll(List.of(more));
        return fields;
    }
}
