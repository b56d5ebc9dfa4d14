package io.camelbenthos.exec;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;

/**
 * Runs a program once, as the {@code command} processor does: the input on stdin, stdout and stderr read whole.
 * The blocking pipe I/O runs on {@code io} (the step's own threads), never on the thread that asks.
 */
public final class CommandRunner {
    private CommandRunner() {
    }

    /** Starts {@code name args...} and completes with its result once it exited and both outputs are read. */
    public static CompletableFuture<CommandResult> run(String name, List<String> args, byte[] stdin, Executor io) {
        String program;
        try {
            program = Executables.lookup(name);
        } catch (IllegalArgumentException e) {
            return CompletableFuture.completedFuture(new CommandResult(-1, new byte[0], new byte[0], e.getMessage()));
        }
        return CompletableFuture.supplyAsync(() -> runHere(program, args, stdin, io), io);
    }

    private static CommandResult runHere(String program, List<String> args, byte[] stdin, Executor io) {
        List<String> command = new java.util.ArrayList<>(args.size() + 1);
        command.add(program);
        command.addAll(args);
        Process process;
        try {
            process = new ProcessBuilder(command).start();
        } catch (IOException e) {
            return new CommandResult(-1, new byte[0], new byte[0], "fork/exec " + program + ": " + e.getMessage());
        }
        CompletableFuture<byte[]> stderr = CompletableFuture.supplyAsync(() -> readAll(process.getErrorStream()), io);
        CompletableFuture.runAsync(() -> write(process.getOutputStream(), stdin), io);
        byte[] stdout = readAll(process.getInputStream());
        byte[] err = stderr.join();
        int code;
        try {
            code = process.waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
            return new CommandResult(-1, stdout, err, "signal: killed");
        }
        return new CommandResult(code, stdout, err, code == 0 ? null : "exit status " + code);
    }

    /** A program that does not read its stdin closes the pipe early: Go's exec ignores that (EPIPE), so do we. */
    private static void write(OutputStream in, byte[] bytes) {
        try (in) {
            in.write(bytes);
        } catch (IOException ignored) {
            // the program stopped reading: what it printed still counts
        }
    }

    private static byte[] readAll(InputStream in) {
        try (in) {
            return in.readAllBytes();
        } catch (IOException e) {
            return new byte[0];
        }
    }
}
