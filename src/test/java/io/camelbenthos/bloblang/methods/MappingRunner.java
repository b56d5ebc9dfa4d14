package io.camelbenthos.bloblang.methods;

import io.camelbenthos.bloblang.Bloblang;
import io.camelbenthos.message.Message;

/** Runs a one-message mapping the way the documented examples do and returns the output content. */
final class MappingRunner {
    private MappingRunner() {
    }

    static String run(String mapping, String input) {
        Message in = Message.builder().content(input).build();
        return Bloblang.parse(mapping).apply(in).map(Message::contentAsString).orElse("<deleted>");
    }
}
