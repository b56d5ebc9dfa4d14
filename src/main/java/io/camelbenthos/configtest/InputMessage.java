package io.camelbenthos.configtest;

import io.camelbenthos.message.Message;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * One message of an input batch: {@code content} (or {@code json_content}, already serialised as Go's encoder
 * does), or the bytes of {@code file_content} when set, plus typed metadata.
 */
record InputMessage(String content, String file, Map<String, Object> metadata) {
    /** @throws IOException when {@code file_content} cannot be read (relative to {@code dir}) */
    Message toMessage(Path dir) throws IOException {
        byte[] bytes = file.isEmpty() ? content.getBytes(StandardCharsets.UTF_8) : Files.readAllBytes(dir.resolve(file));
        Message.Builder b = Message.builder().content(bytes);
        metadata.forEach(b::metadata);
        return b.build();
    }
}
