package io.camelbenthos.configtest;

import io.camelbenthos.bloblang.ProcessEnvironment;
import io.camelbenthos.components.ComponentRegistry;
import io.camelbenthos.config.ConfigException;
import io.camelbenthos.config.StreamConfig;
import io.camelbenthos.message.Message;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Runs one case: provides its processors, feeds its input batches, checks the output batches against the
 * conditions, and returns the failure reasons in Benthos's words and order.
 */
final class CaseRunner {
    /** A case that could not be run at all (the whole test run stops on it, as Benthos's does). */
    static final class CaseSetupException extends Exception {
        private static final long serialVersionUID = 1L;

        CaseSetupException(String message, Throwable cause) {
            super(message, cause);
        }
    }

    private final TargetProcessors targets;
    private final Path dir;
    private final Map<String, String> baseEnvironment;
    private final ComponentRegistry registry;

    CaseRunner(TargetProcessors targets, Path dir, Map<String, String> baseEnvironment, ComponentRegistry registry) {
        this.targets = targets;
        this.dir = dir;
        this.baseEnvironment = baseEnvironment;
        this.registry = registry;
    }

    /** @return the failure reasons, empty when the case passed */
    List<String> run(TestCase c) throws CaseSetupException {
        Map<String, String> env = new LinkedHashMap<>(baseEnvironment);
        env.putAll(c.environment());
        // env() in mappings sees the case's variables while it is built and runs, as Benthos sets them.
        Map<String, String> previous = ProcessEnvironment.set(env);
        try {
            StreamConfig config;
            try {
                config = targets.provide(c);
            } catch (IllegalArgumentException | ConfigException e) {
                throw new CaseSetupException(message(e), e);
            }
            List<List<Message>> inputs = inputs(c);
            ProcessorsHarness.Outcome outcome;
            try (ProcessorsHarness harness = ProcessorsHarness.start(config, registry)) {
                outcome = harness.process(inputs);
            } catch (ConfigException e) {
                throw new CaseSetupException("failed to initialise processors '" + c.targetProcessors() + "': "
                        + String.join("; ", e.errors()), e);
            } catch (Exception e) {
                throw new CaseSetupException("failed to initialise processors '" + c.targetProcessors() + "': "
                        + message(e), e);
            }
            return check(c, outcome);
        } finally {
            ProcessEnvironment.set(previous);
        }
    }

    private List<List<Message>> inputs(TestCase c) throws CaseSetupException {
        List<List<Message>> batches = new ArrayList<>();
        for (List<InputMessage> batch : c.inputBatches()) {
            List<Message> messages = new ArrayList<>();
            for (int i = 0; i < batch.size(); i++) {
                try {
                    messages.add(batch.get(i).toMessage(dir));
                } catch (IOException e) {
                    throw new CaseSetupException("failed to create test input " + i + ": "
                            + FileErrors.describe(dir.resolve(batch.get(i).file()), e), e);
                }
            }
            batches.add(messages);
        }
        return batches;
    }

    private List<String> check(TestCase c, ProcessorsHarness.Outcome outcome) {
        List<String> reasons = new ArrayList<>();
        if (outcome.error() != null) {
            reasons.add("processors resulted in error: " + outcome.error());
        }
        List<List<Message>> actual = outcome.batches();
        List<List<Map<String, OutputCondition>>> expected = c.outputBatches();
        if (actual.size() < expected.size()) {
            reasons.add("wrong batch count, expected " + expected.size() + ", got " + actual.size());
        }
        for (int i = 0; i < actual.size(); i++) {
            List<Message> batch = actual.get(i);
            if (i >= expected.size()) {
                reasons.add("unexpected batch: " + contents(batch));
                continue;
            }
            List<Map<String, OutputCondition>> want = expected.get(i);
            if (want.size() != batch.size()) {
                reasons.add("mismatch of output batch " + i + " message counts, expected " + want.size() + ", got "
                        + batch.size());
            }
            for (int j = 0; j < batch.size(); j++) {
                Message m = batch.get(j);
                if (j >= want.size()) {
                    reasons.add("unexpected message from batch " + i + ": " + m.contentAsString());
                    continue;
                }
                int failed = 0;
                for (Map.Entry<String, OutputCondition> cond : want.get(j).entrySet()) {
                    String detail = cond.getValue().check(dir, m);
                    if (detail != null) {
                        reasons.add("batch " + i + " message " + j + ": " + cond.getKey() + ": " + detail);
                        failed++;
                    }
                }
                if (failed > 0 && m.error() != null) {
                    reasons.add("batch " + i + " message " + j + ": " + Colours.red(m.error().getMessage()));
                }
            }
        }
        return reasons;
    }

    /** Go's print of a list of byte strings: {@code [a b c]}. */
    private static String contents(List<Message> batch) {
        List<String> parts = new ArrayList<>();
        batch.forEach(m -> parts.add(new String(m.content(), StandardCharsets.UTF_8)));
        return "[" + String.join(" ", parts) + "]";
    }

    private static String message(Exception e) {
        if (e instanceof ConfigException ce) {
            return String.join("; ", ce.errors());
        }
        return e.getMessage() == null ? e.toString() : e.getMessage();
    }
}
