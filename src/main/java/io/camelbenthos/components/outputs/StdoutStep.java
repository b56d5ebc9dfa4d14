package io.camelbenthos.components.outputs;

import io.camelbenthos.camel.BenthosExchange;
import io.camelbenthos.message.Message;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import org.apache.camel.Exchange;
import org.apache.camel.Processor;

/** The {@code stdout} output's step: writes the content, followed by a newline for the {@code lines} codec. */
public class StdoutStep implements Processor {
    private String codec = "lines";

    public String getCodec() {
        return codec;
    }

    public void setCodec(String codec) {
        this.codec = codec;
    }

    @Override
    public void process(Exchange exchange) throws IOException {
        // Read System.out on every write: tests and embedding applications may redirect it.
        PrintStream out = System.out;
        synchronized (out) {
            for (Message m : BenthosExchange.batch(exchange)) {
                write(out, m.content());
            }
        }
        if (out.checkError()) {
            throw new IOException("failed to write to stdout");
        }
    }

    private void write(OutputStream out, byte[] content) throws IOException {
        out.write(content);
        if (codec.equals("lines")) {
            out.write('\n');
        }
        out.flush();
    }
}
