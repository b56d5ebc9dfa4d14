package io.camelbenthos.exec;

/**
 * What one run of a command gave: its exit code (0 on success), stdout and stderr.
 *
 * @param error Go's {@code exec} error text for a run that failed ({@code exit status 1}), null on success
 */
public record CommandResult(int exitCode, byte[] stdout, byte[] stderr, String error) {
}
