package io.camelbenthos.readiness;

/**
 * Whether a Benthos input or output is connected (Benthos's {@code component.ConnectionStatus}): not yet tried,
 * connected, or failing with the error of the last attempt.
 *
 * @param error the last connection error, null when there is none to report
 */
public record ConnectionState(boolean connected, String error) {
    /** Connected (Benthos's {@code ConnectionActive}). */
    public static final ConnectionState CONNECTED = new ConnectionState(true, null);
    /** Not connected and not yet tried (Benthos's {@code ConnectionPending}); also a closed component. */
    public static final ConnectionState PENDING = new ConnectionState(false, null);

    /** The last attempt failed (Benthos's {@code ConnectionFailing}). */
    public static ConnectionState failing(String error) {
        return new ConnectionState(false, error);
    }
}
