package io.camelbenthos.mqtt;

import java.net.ConnectException;
import java.net.URI;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.eclipse.paho.client.mqttv3.MqttAsyncClient;
import org.eclipse.paho.client.mqttv3.MqttCallback;
import org.eclipse.paho.client.mqttv3.MqttConnectOptions;
import org.eclipse.paho.client.mqttv3.MqttException;
import org.eclipse.paho.client.mqttv3.persist.MemoryPersistence;

/**
 * Opens Paho clients for an mqtt input or output as Benthos's client does: every URL offered to the client (tried in
 * order), the client id with its optional nanoid suffix (chosen once, at start-up), will, credentials, keepalive and
 * TLS. Paho's automatic reconnect is off: reconnecting is Benthos's connect loop, the consumer's and producer's own.
 * Sessions live in memory only (never Paho's default file store in the working directory).
 */
final class MqttDialer {
    /** The URL schemes Benthos's paho accepts, as Paho Java names them. */
    private static final java.util.Map<String, String> SCHEMES = java.util.Map.of("tcp", "tcp", "mqtt", "tcp",
            "ssl", "ssl", "tls", "ssl", "tcps", "ssl", "mqtts", "ssl", "ws", "ws", "wss", "wss");
    private static final String NANOID_ALPHABET = "_-0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final MqttEndpoint endpoint;
    private final List<String> urls;
    private final String clientId;

    MqttDialer(MqttEndpoint endpoint) {
        this.endpoint = endpoint;
        this.urls = endpoint.urlList().stream().map(MqttDialer::pahoUrl).toList();
        if (urls.isEmpty()) {
            throw new IllegalArgumentException("must specify at least one URL");
        }
        String suffix = endpoint.getDynamicClientIdSuffix();
        this.clientId = "nanoid".equals(suffix) ? endpoint.getClientId() + nanoid() : endpoint.getClientId();
    }

    /**
     * A URL as Paho Java takes it: Benthos's scheme aliases ({@code mqtt}, {@code tls}, ...) mapped to Paho's.
     *
     * @throws IllegalArgumentException with the reason, for a URL no MQTT client could dial
     */
    static String pahoUrl(String url) {
        URI uri;
        try {
            uri = new URI(url);
        } catch (java.net.URISyntaxException e) {
            throw new IllegalArgumentException("invalid URL '" + url + "': " + e.getMessage(), e);
        }
        String scheme = uri.getScheme() == null ? null : SCHEMES.get(uri.getScheme().toLowerCase(Locale.ROOT));
        if (scheme == null) {
            throw new IllegalArgumentException("invalid URL '" + url + "': the scheme must be one of tcp, mqtt, ssl, "
                    + "tls, tcps, mqtts, ws or wss");
        }
        if (uri.getHost() == null || uri.getHost().isEmpty()) {
            throw new IllegalArgumentException("invalid URL '" + url + "': no host");
        }
        return scheme + url.substring(uri.getScheme().length());
    }

    /** Go's nanoid: 21 characters of URL-safe alphabet. */
    static String nanoid() {
        StringBuilder id = new StringBuilder(21);
        for (int i = 0; i < 21; i++) {
            id.append(NANOID_ALPHABET.charAt(RANDOM.nextInt(NANOID_ALPHABET.length())));
        }
        return id.toString();
    }

    String clientId() {
        return clientId;
    }

    /**
     * A new client, connected, with its callback (made for it by {@code callback}) set before connecting, so that no
     * message of a kept session is missed.
     *
     * @param cleanSession whether to start a clean session
     * @param maxInflight the client's bound on publishes awaiting acknowledgement
     * @throws MqttFailure with Benthos's text for the failed attempt; nothing is left open
     */
    MqttAsyncClient connect(Function<MqttAsyncClient, MqttCallback> callback, boolean manualAcks, boolean cleanSession,
                            int maxInflight) throws MqttFailure {
        MqttAsyncClient client;
        try {
            client = new MqttAsyncClient(urls.get(0), clientId, new MemoryPersistence());
        } catch (MqttException | IllegalArgumentException e) {
            throw new MqttFailure(e.getMessage(), e);
        }
        client.setManualAcks(manualAcks);
        client.setCallback(callback.apply(client));
        try {
            MqttConnectOptions options = options(cleanSession, maxInflight);
            client.connect(options).waitForCompletion(endpoint.getConnectTimeout() + 1000);
            return client;
        } catch (MqttException | RuntimeException e) {
            close(client);
            throw new MqttFailure(textOf(e), e);
        }
    }

    private MqttConnectOptions options(boolean cleanSession, int maxInflight) throws MqttFailure {
        MqttConnectOptions options = new MqttConnectOptions();
        options.setServerURIs(urls.toArray(new String[0]));
        options.setAutomaticReconnect(false);
        options.setCleanSession(cleanSession);
        options.setConnectionTimeout((int) Math.max(1, (endpoint.getConnectTimeout() + 999) / 1000));
        options.setKeepAliveInterval(endpoint.getKeepalive());
        options.setMaxInflight(Math.max(1, maxInflight));
        options.setMqttVersion(MqttConnectOptions.MQTT_VERSION_3_1_1);
        if (!endpoint.getUser().isEmpty()) {
            options.setUserName(endpoint.getUser());
        }
        if (!endpoint.getPassword().isEmpty()) {
            options.setPassword(endpoint.getPassword().toCharArray());
        }
        if (endpoint.isWillEnabled()) {
            options.setWill(endpoint.getWillTopic(), endpoint.getWillPayload().getBytes(StandardCharsets.UTF_8),
                    endpoint.getWillQos(), endpoint.isWillRetained());
        }
        if (endpoint.isTls()) {
            try {
                options.setSocketFactory(endpoint.tlsSettings().context().getSocketFactory());
            } catch (GeneralSecurityException e) {
                throw new MqttFailure("tls: " + e.getMessage(), e);
            }
            options.setHttpsHostnameVerificationEnabled(!endpoint.isTlsSkipCertVerify());
        }
        return options;
    }

    /** Closes a client at once, whatever its state. */
    static void close(MqttAsyncClient client) {
        try {
            if (client.isConnected()) {
                client.disconnectForcibly(0, 1000, false);
            }
        } catch (MqttException | RuntimeException e) {
            // already gone
        }
        try {
            client.close(true);
        } catch (MqttException | RuntimeException e) {
            // already closed
        }
    }

    /**
     * Benthos's (Go paho's) text for a failed connect where it is a network error
     * ({@code network Error : dial tcp 127.0.0.1:1883: connect: connection refused}), else Paho's own.
     */
    String textOf(Throwable e) {
        Throwable cause = e.getCause();
        URI last = URI.create(urls.get(urls.size() - 1));
        String address = last.getHost() + ":" + (last.getPort() < 0 ? defaultPort(last.getScheme()) : last.getPort());
        if (cause instanceof ConnectException) {
            return "network Error : dial tcp " + address + ": connect: connection refused";
        }
        if (cause instanceof UnknownHostException) {
            return "network Error : dial tcp: lookup " + last.getHost() + ": no such host";
        }
        if (cause instanceof java.net.SocketTimeoutException
                || e instanceof MqttException m && m.getReasonCode() == MqttException.REASON_CODE_CLIENT_TIMEOUT) {
            return "network Error : dial tcp " + address + ": i/o timeout";
        }
        return MqttFailure.textOf(e);
    }

    private static int defaultPort(String scheme) {
        return switch (scheme) {
            case "ssl" -> 8883;
            case "ws" -> 80;
            case "wss" -> 443;
            default -> 1883;
        };
    }
}
