package io.camelbenthos.components.processors;

import io.camelbenthos.camel.BenthosExchange;
import io.camelbenthos.workflow.WorkflowRun;
import java.util.ArrayList;
import java.util.List;
import org.apache.camel.Exchange;
import org.apache.camel.Processor;
import org.apache.camel.support.service.ServiceSupport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The first step of a {@code workflow}: reads each message's previous record to know which branches it skips
 * (processors reference §3.3) and starts the batch's {@link WorkflowRun}. On start it logs the DAG it inferred, as
 * Benthos does.
 */
public class WorkflowStartStep extends ServiceSupport implements Processor {
    private static final Logger LOG = LoggerFactory.getLogger(WorkflowStartStep.class);

    private List<String> branches = new ArrayList<>();
    private String metaPath = "";
    private String runKey = "";
    private String inferredDag = "";

    public List<String> getBranches() {
        return branches;
    }

    /** Every branch of the workflow, in any order. */
    public void setBranches(List<String> branches) {
        this.branches = new ArrayList<>(branches);
    }

    public String getMetaPath() {
        return metaPath;
    }

    /** Where the record is in the JSON body ({@code meta.workflow}); empty: no record. */
    public void setMetaPath(String metaPath) {
        this.metaPath = metaPath;
    }

    public String getRunKey() {
        return runKey;
    }

    /** The exchange property to hold the batch's {@link WorkflowRun}. */
    public void setRunKey(String runKey) {
        this.runKey = runKey;
    }

    public String getInferredDag() {
        return inferredDag;
    }

    /** The tiers inferred from the mappings, as Benthos logs them ({@code [[a b] [c]]}); empty when explicit. */
    public void setInferredDag(String inferredDag) {
        this.inferredDag = inferredDag;
    }

    @Override
    protected void doStart() {
        if (!inferredDag.isEmpty()) {
            LOG.info("Automatically resolved workflow DAG: {}", inferredDag);
        }
    }

    @Override
    public void process(Exchange exchange) {
        exchange.setProperty(runKey, WorkflowRun.start(BenthosExchange.batch(exchange), branches, metaPath));
    }

    @Override
    public String toString() {
        return "WorkflowStart";
    }
}
