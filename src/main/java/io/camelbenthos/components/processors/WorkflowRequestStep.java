package io.camelbenthos.components.processors;

import io.camelbenthos.workflow.WorkflowRun;
import org.apache.camel.Exchange;

/**
 * The first step of a {@code workflow} branch's route: a {@link BranchRequestStep} that also leaves out the messages
 * whose previous record says the branch is done (processors reference §3.3), and names its branch for
 * {@link WorkflowTierStrategy}.
 */
public class WorkflowRequestStep extends BranchRequestStep {
    /** Exchange property on the request: the name of the branch it went through. */
    static final String BRANCH = "CamelBenthosWorkflowBranch";

    private String branch = "";
    private String runKey = "";

    public String getBranch() {
        return branch;
    }

    /** The branch's name in the workflow ({@code branches} key or resource label). */
    public void setBranch(String branch) {
        this.branch = branch;
    }

    public String getRunKey() {
        return runKey;
    }

    /** The exchange property holding the batch's {@link WorkflowRun}. */
    public void setRunKey(String runKey) {
        this.runKey = runKey;
    }

    @Override
    public void process(Exchange exchange) {
        exchange.setProperty(BRANCH, branch);
        super.process(exchange);
    }

    @Override
    protected boolean skips(Exchange exchange, int index) {
        WorkflowRun run = exchange.getProperty(runKey, WorkflowRun.class);
        return run != null && run.skipsFromPrevious(index, branch);
    }

    @Override
    public String toString() {
        return "WorkflowRequest[" + branch + "]";
    }
}
