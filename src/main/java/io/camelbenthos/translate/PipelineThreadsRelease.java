package io.camelbenthos.translate;

import org.apache.camel.Exchange;
import org.apache.camel.Processor;

/**
 * The last pipeline step before the output: an exchange that ran the pipeline on its input's thread gives its
 * {@code pipeline.threads} permit back here, as a Benthos pipeline goroutine is free once the output took the message.
 * Exchanges handed to a pipeline thread hold no permit and pass through. A stateless JavaBean, for export.
 */
public class PipelineThreadsRelease implements Processor {
    @Override
    public void process(Exchange exchange) {
        PipelinePermit permit = exchange.getProperty(PipelineThreadsStep.PERMIT, PipelinePermit.class);
        if (permit != null) {
            exchange.removeProperty(PipelineThreadsStep.PERMIT);
            permit.release();
        }
    }

    @Override
    public String toString() {
        return "PipelineThreadsRelease";
    }
}
