package io.camelbenthos.components.processors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.camelbenthos.camel.BenthosExchange;
import io.camelbenthos.message.Message;
import io.camelbenthos.message.MessageBatch;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.camel.AsyncProcessor;
import org.apache.camel.Exchange;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.support.DefaultExchange;
import org.apache.camel.support.service.ServiceHelper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code command} and {@code subprocess} never hold the thread that brings the message (README: the pipeline wedge):
 * while the program has not answered, the step has handed the exchange back, and the route goes on from a worker of
 * the step, neither the caller's thread nor the subprocess's own.
 */
class ExecStepsThreadTest {
    @TempDir
    Path dir;

    /** Shell that waits for the gate file to exist, then runs {@code then}. */
    private static String gated(Path gate, String then) {
        return "while [ ! -f '" + gate + "' ]; do sleep 0.01; done; " + then;
    }

    private void assertHandsTheThreadBack(AsyncProcessor step, Path gate) throws Exception {
        try (DefaultCamelContext camel = new DefaultCamelContext()) {
            camel.start();
            ServiceHelper.startService(step);
            Exchange exchange = new DefaultExchange(camel);
            BenthosExchange.setBatch(exchange, MessageBatch.of(Message.of("ping")));
            AtomicReference<Thread> doneOn = new AtomicReference<>();
            boolean sync = step.process(exchange, doneSync -> doneOn.set(Thread.currentThread()));
            assertThat(sync).isFalse(); // the caller's thread is free while the program has not answered
            assertThat(doneOn.get()).isNull();
            Files.createFile(gate);
            await().atMost(Duration.ofSeconds(20)).until(() -> doneOn.get() != null);
            assertThat(doneOn.get()).isNotSameAs(Thread.currentThread());
            assertThat(doneOn.get().getName()).doesNotStartWith("subprocess");
            assertThat(BenthosExchange.first(exchange).contentAsString()).isEqualTo("ping");
            ServiceHelper.stopService(step);
        }
    }

    @Test
    void subprocessHandsTheThreadBack() throws Exception {
        Path gate = dir.resolve("gate");
        SubprocessStep step = new SubprocessStep();
        step.setName("sh");
        step.setArgs(List.of("-c", "while read l; do " + gated(gate, "echo \"$l\"") + "; done"));
        assertHandsTheThreadBack(step, gate);
    }

    @Test
    void commandHandsTheThreadBack() throws Exception {
        Path gate = dir.resolve("gate");
        CommandStep step = new CommandStep();
        step.setName("sh");
        step.setArgsMapping("[ \"-c\", \"" + gated(gate, "cat").replace("\"", "\\\"") + "\" ]");
        assertHandsTheThreadBack(step, gate);
    }
}
