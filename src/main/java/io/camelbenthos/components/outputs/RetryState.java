package io.camelbenthos.components.outputs;

import io.camelbenthos.message.MessageBatch;

/**
 * What a retry route remembers about the batch it is retrying (an exchange property): the batch as it entered
 * (messages and error flags), which every attempt starts from again, and the failures so far.
 */
final class RetryState {
    final MessageBatch entered;
    int failures;
    long firstFailureNanos;

    RetryState(MessageBatch entered) {
        this.entered = entered;
    }
}
