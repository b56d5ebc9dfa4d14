package io.camelbenthos.e2e;

import io.camelbenthos.kafka.EmbeddedKafkaBroker;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;

/**
 * An in-process broker for an end-to-end test, with its topics created up front: auto-creating a topic on the first
 * write costs a metadata round trip or two, which on a loaded machine can eat most of the input's 5 s timeout.
 */
final class E2eKafka {
    private E2eKafka() {
    }

    static EmbeddedKafkaBroker start(String... topics) {
        EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.start("127.0.0.1:0");
        List<NewTopic> create = new ArrayList<>();
        for (String topic : topics) {
            create.add(new NewTopic(topic, 1, (short) 1));
        }
        try (Admin admin = Admin.create(Map.of("bootstrap.servers", broker.bootstrapServers()))) {
            admin.createTopics(create).all().get();
        } catch (Exception e) {
            broker.close();
            throw new IllegalStateException("cannot create topics " + List.of(topics), e);
        }
        return broker;
    }
}
