package io.camelbenthos.bloblang;

import io.camelbenthos.message.Message;
import java.util.Optional;

/** A parsed, reusable and thread-safe Bloblang mapping. */
public interface Mapping {
    /**
     * Runs the mapping with the semantics of the {@code mapping} processor: a fresh root, a copy of the input's
     * metadata, {@code this} parsed lazily; the input message is not modified.
     *
     * @return the new message, or empty when the mapping deleted it
     * @throws BloblangException with Benthos's error text when execution fails
     */
    Optional<Message> apply(Message input);
}
