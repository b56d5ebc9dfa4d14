package io.camelbenthos.components.outputs;

/**
 * What a retry route remembers about the message it is retrying (an exchange property): its error flag as it
 * entered, which every attempt starts from again, and the failures so far.
 */
final class RetryState {
    final Throwable errorFlag;
    int failures;
    long firstFailureNanos;

    RetryState(Throwable errorFlag) {
        this.errorFlag = errorFlag;
    }
}
