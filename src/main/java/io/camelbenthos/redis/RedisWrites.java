package io.camelbenthos.redis;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.camelbenthos.bloblang.BloblangException;
import io.camelbenthos.bloblang.InterpolatedString;
import io.camelbenthos.bloblang.value.Values;
import io.camelbenthos.camel.NackException;
import io.camelbenthos.message.Message;
import io.lettuce.core.RedisFuture;
import io.lettuce.core.XAddArgs;
import io.lettuce.core.cluster.api.async.RedisClusterAsyncCommands;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * What a redis output writes for a batch: per message, one command rendered from the message (interpolations see the
 * whole batch, as Benthos's batch-aware fields; redis_hash's per message) and issued on the async API, so that a
 * batch goes out pipelined. Rendering happens first for every message: a failed interpolation (or a redis_hash body
 * that is not a JSON object) nacks the batch before anything is written.
 */
final class RedisWrites {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** One prepared command: issued against a connection, it returns its reply's future. */
    @FunctionalInterface
    interface Command extends Function<RedisClusterAsyncCommands<byte[], byte[]>, RedisFuture<?>> {
    }

    private final String type;
    private final InterpolatedString key;
    private final InterpolatedString channel;
    private final InterpolatedString stream;
    private final InterpolatedString id;
    private final Map<String, InterpolatedString> fields = new LinkedHashMap<>();
    private final BenthosRedisEndpoint endpoint;

    RedisWrites(BenthosRedisEndpoint endpoint) {
        this.endpoint = endpoint;
        this.type = endpoint.getType();
        this.key = InterpolatedString.parse(endpoint.getKey());
        this.channel = InterpolatedString.parse(endpoint.getChannel());
        this.stream = InterpolatedString.parse(endpoint.getStream());
        this.id = InterpolatedString.parse(endpoint.getId());
        endpoint.getFields().forEach((name, template) -> fields.put(name, InterpolatedString.parse(template)));
        if (!List.of("redis_list", "redis_pubsub", "redis_streams", "redis_hash").contains(type)) {
            throw new IllegalArgumentException("benthos-redis: no output of type '" + type + "'");
        }
    }

    /** The commands for a batch, in order. */
    List<Command> prepare(List<Message> batch) {
        List<Command> out = new ArrayList<>(batch.size());
        for (int i = 0; i < batch.size(); i++) {
            out.add(prepare(batch, i));
        }
        return out;
    }

    private Command prepare(List<Message> batch, int i) {
        byte[] content = batch.get(i).content();
        return switch (type) {
            case "redis_list" -> {
                byte[] k = bytes(render(key, batch, i, "key"));
                yield "lpush".equals(endpoint.getCommand()) ? c -> c.lpush(k, content) : c -> c.rpush(k, content);
            }
            case "redis_pubsub" -> {
                byte[] ch = bytes(render(channel, batch, i, "channel"));
                yield c -> c.publish(ch, content);
            }
            case "redis_streams" -> streamEntry(batch, i);
            default -> hash(batch.get(i));
        };
    }

    private Command streamEntry(List<Message> batch, int i) {
        Message m = batch.get(i);
        byte[] s = bytes(render(stream, batch, i, "stream"));
        String entryId = render(id, batch, i, "id");
        Map<byte[], byte[]> values = new LinkedHashMap<>();
        Map<String, byte[]> byName = new LinkedHashMap<>();
        m.metadata().forEach((k, v) -> {
            if (endpoint.getMetadataExcludePrefixes().stream().noneMatch(k::startsWith)) {
                byName.put(k, bytes(fieldValue(v)));
            }
        });
        byName.put(endpoint.getBodyKey(), m.content()); // the body wins over a metadata key of the same name
        byName.forEach((k, v) -> values.put(bytes(k), v));
        XAddArgs args = new XAddArgs();
        if (!"*".equals(entryId) && !entryId.isEmpty()) {
            args.id(entryId);
        }
        if (endpoint.getMaxLength() > 0) {
            args.maxlen(endpoint.getMaxLength()).approximateTrimming();
        }
        return c -> c.xadd(s, args, values);
    }

    private Command hash(Message m) {
        List<Message> one = List.of(m);
        byte[] k = bytes(render(key, one, 0, "key"));
        Map<String, String> values = new LinkedHashMap<>();
        if (endpoint.isWalkMetadata()) {
            m.metadata().forEach((name, v) -> values.put(name, fieldValue(v)));
        }
        if (endpoint.isWalkJsonObject()) {
            walkJson(m, values);
        }
        fields.forEach((name, template) -> values.put(name, render(template, one, 0, "field " + name)));
        if (values.isEmpty()) {
            throw new NackException("HSET error: ERR wrong number of arguments for 'hset' command");
        }
        Map<byte[], byte[]> raw = new LinkedHashMap<>();
        values.forEach((name, v) -> raw.put(bytes(name), bytes(v)));
        return c -> c.hset(k, raw);
    }

    private static void walkJson(Message m, Map<String, String> values) {
        Object root;
        try {
            root = JSON.readValue(m.content(), Object.class);
        } catch (java.io.IOException e) {
            throw new NackException("HSET error: walking JSON object: " + e.getMessage(), e);
        }
        if (!(root instanceof Map<?, ?> object)) {
            throw new NackException("HSET error: walking JSON object: expected JSON object, found '"
                    + goType(root) + "'");
        }
        object.forEach((name, v) -> values.put(String.valueOf(name), fieldValue(v)));
    }

    private static String goType(Object v) {
        if (v instanceof List<?>) {
            return "[]interface {}";
        }
        if (v instanceof String) {
            return "string";
        }
        if (v instanceof Boolean) {
            return "bool";
        }
        if (v == null) {
            return "<nil>";
        }
        return "json.Number";
    }

    /** A field value as go-redis writes it: text, numbers plain, booleans 1 and 0, objects and arrays as JSON. */
    static String fieldValue(Object v) {
        if (v instanceof Boolean b) {
            return b ? "1" : "0";
        }
        if (v instanceof Map<?, ?> || v instanceof List<?>) {
            try {
                return JSON.writeValueAsString(v);
            } catch (JsonProcessingException e) {
                return Values.toGoString(v);
            }
        }
        return Values.toGoString(v);
    }

    private static String render(InterpolatedString template, List<Message> batch, int index, String what) {
        try {
            return template.render(batch, index);
        } catch (BloblangException e) {
            throw new NackException(what + " interpolation error: " + e.getMessage(), e);
        }
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
