package io.camelbenthos.mqtt;

import io.camelbenthos.testing.Services;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.eclipse.paho.client.mqttv3.MqttClient;
import org.eclipse.paho.client.mqttv3.MqttConnectOptions;
import org.eclipse.paho.client.mqttv3.MqttException;
import org.eclipse.paho.client.mqttv3.persist.MemoryPersistence;

/**
 * The local MQTT broker for a test, through Paho's own blocking client: unique topics, publishing, subscribing into a
 * queue; retained messages and kept sessions the test left behind are cleared on close.
 */
final class Mosquitto implements AutoCloseable {
    final String url;
    private final MqttClient client;
    private final List<String> retainedTopics = new ArrayList<>();
    private final List<String> keptSessions = new ArrayList<>();

    Mosquitto() throws MqttException {
        url = Services.requireMqtt();
        client = new MqttClient(url, "cb-test-" + UUID.randomUUID(), new MemoryPersistence());
        MqttConnectOptions options = new MqttConnectOptions();
        options.setCleanSession(true);
        options.setMaxInflight(1000);
        client.connect(options);
    }

    /** A topic no other test uses. */
    static String topic(String purpose) {
        return "cb-test/" + purpose + "/" + UUID.randomUUID();
    }

    void publish(String topic, String body, int qos) throws MqttException {
        client.publish(topic, body.getBytes(StandardCharsets.UTF_8), qos, false);
    }

    /** Messages arriving on {@code filter}, in order. */
    BlockingQueue<Received> subscribe(String filter, int qos) throws MqttException {
        BlockingQueue<Received> queue = new LinkedBlockingQueue<>();
        client.subscribe(filter, qos, (topic, m) -> queue.add(new Received(topic,
                new String(m.getPayload(), StandardCharsets.UTF_8), m.getQos(), m.isRetained())));
        return queue;
    }

    /** Clears the retained message of {@code topic} when closing. */
    void forgetRetained(String topic) {
        retainedTopics.add(topic);
    }

    /** Ends the broker's kept session of {@code clientId} when closing. */
    void forgetSession(String clientId) {
        keptSessions.add(clientId);
    }

    static Received next(BlockingQueue<Received> queue) throws InterruptedException {
        Received r = queue.poll(20, TimeUnit.SECONDS);
        if (r == null) {
            throw new AssertionError("no MQTT message within 20 s");
        }
        return r;
    }

    record Received(String topic, String body, int qos, boolean retained) {
    }

    @Override
    public void close() throws MqttException {
        for (String topic : retainedTopics) {
            client.publish(topic, new byte[0], 1, true); // an empty retained message clears it
        }
        client.disconnect();
        client.close();
        for (String id : keptSessions) {
            MqttClient c = new MqttClient(url, id, new MemoryPersistence());
            MqttConnectOptions clean = new MqttConnectOptions();
            clean.setCleanSession(true); // a clean connect discards the kept session
            c.connect(clean);
            c.disconnect();
            c.close();
        }
    }
}
