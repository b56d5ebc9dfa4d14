package io.camelbenthos.nats;

import java.util.Locale;

/** Which NATS API an endpoint speaks; its Benthos type names the component in log lines and errors. */
public enum NatsKind {
    /** Core NATS publish/subscribe: the {@code nats} input and output. */
    CORE("nats"),
    /** JetStream streams and consumers: {@code nats_jetstream}. */
    JETSTREAM("nats_jetstream"),
    /** JetStream key-value buckets: {@code nats_kv}. */
    KV("nats_kv");

    private final String benthosType;

    NatsKind(String benthosType) {
        this.benthosType = benthosType;
    }

    public String benthosType() {
        return benthosType;
    }

    /** The kind as written in an endpoint URI: {@code core}, {@code jetstream}, {@code kv}. */
    public String uriName() {
        return name().toLowerCase(Locale.ROOT);
    }

    static NatsKind ofUriName(String name) {
        for (NatsKind k : values()) {
            if (k.uriName().equals(name)) {
                return k;
            }
        }
        throw new IllegalArgumentException("unknown NATS endpoint kind '" + name + "': expected core, jetstream or kv");
    }
}
