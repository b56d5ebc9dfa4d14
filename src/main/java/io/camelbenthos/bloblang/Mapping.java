package io.camelbenthos.bloblang;

import io.camelbenthos.message.Message;
import java.util.List;
import java.util.Optional;

/**
 * A parsed, reusable and thread-safe Bloblang mapping.
 *
 * <p>Two execution semantics, as in Benthos:
 * <ul>
 *   <li>{@link #apply} is the {@code mapping} processor: a fresh {@code root}, a copy of the input's metadata,
 *       {@code this} parsed lazily; the input message is left untouched.</li>
 *   <li>{@link #applyInPlace} is the {@code mutation} processor: {@code root} starts as the parsed input and the
 *       message (content and metadata) is edited in place.</li>
 * </ul>
 * Errors are thrown as {@link BloblangException} with Benthos's text ({@code failed assignment (line N): ...}).
 */
public interface Mapping {
    /**
     * Runs the mapping with the semantics of the {@code mapping} processor: a fresh root, a copy of the input's
     * metadata, {@code this} parsed lazily; the input message is not modified.
     *
     * @return the new message, or empty when the mapping deleted it
     * @throws BloblangException with Benthos's error text when execution fails
     */
    Optional<Message> apply(Message input);

    /**
     * {@link #apply(Message)} for message {@code index} of a batch ({@code batch_index()}, {@code batch_size()},
     * {@code .from(i)} and {@code .from_all()} see the batch).
     */
    Optional<Message> apply(List<Message> batch, int index);

    /**
     * Runs the mapping with the semantics of the {@code mutation} processor, editing {@code message} in place.
     *
     * @return the same message, or empty when the mapping deleted it
     * @throws BloblangException when execution fails; metadata changes made before the failure remain
     */
    Optional<Message> applyInPlace(Message message);

    /** {@link #applyInPlace(Message)} for message {@code index} of a batch. */
    Optional<Message> applyInPlace(List<Message> batch, int index);

    /**
     * Runs the mapping onto {@code target} while reading another message (Go {@code Executor.MapOnto}, what
     * {@code branch} and {@code workflow} do with their request and result maps): {@code this}, {@code content()},
     * {@code metadata()}, {@code batch_index()} and {@code from()} read message {@code index} of {@code batch};
     * {@code root} starts as {@code target}'s parsed content (unassigned when it is empty or not JSON); {@code @} and
     * {@code meta} read and write {@code target}'s metadata. {@code target} is edited in place.
     *
     * @return {@code target}, or empty when the mapping deleted it
     * @throws BloblangException when execution fails; changes made before the failure remain
     */
    Optional<Message> applyOnto(Message target, List<Message> batch, int index);
}
