package io.camelbenthos.components.processors;

import io.camelbenthos.components.ComponentKind;
import io.camelbenthos.components.ComponentSpec;
import io.camelbenthos.components.FieldSpec;
import io.camelbenthos.components.FieldType;
import io.camelbenthos.components.ProcessorComponent;
import io.camelbenthos.components.TranslationContext;
import io.camelbenthos.config.ComponentConfig;
import io.camelbenthos.config.ConfigException;
import io.camelbenthos.config.Position;
import io.camelbenthos.workflow.WorkflowDag;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.camel.model.MulticastDefinition;
import org.apache.camel.model.ProcessorDefinition;

/**
 * {@code workflow} (processors reference §3): {@code branch}es run in tiers, the branches of a tier concurrently, each
 * tier a barrier for the next; a record of what succeeded, was skipped or failed is written into each message at
 * {@code meta_path}. In Camel's terms: a start step, then per tier a parallel {@code multicast} of the tier's branch
 * routes ({@link BranchProcessor}'s request step and children) whose aggregation strategy overlays each branch's
 * result map onto the batch in tier order, then a step that writes the records.
 */
public final class WorkflowProcessor implements ProcessorComponent {
    private static final Pattern BRANCH_NAME = Pattern.compile("[a-zA-Z0-9-_]+");

    private static final ComponentSpec SPEC = new ComponentSpec("workflow", ComponentKind.PROCESSOR, "stable",
            "Executes a topology of branch processors, performing them in parallel where possible.",
            List.of(
                    FieldSpec.of("meta_path", FieldType.STRING, "meta.workflow",
                            "A [dot path](/docs/configuration/field_paths) indicating where to store and reference "
                                    + "structured metadata about the workflow execution."),
                    FieldSpec.of("order", FieldType.ANY, List.of(),
                            "An explicit declaration of branch ordered tiers, which describes the order in which "
                                    + "parallel tiers of branches should be executed. Branches should be identified "
                                    + "by the name as they are configured in the field `branches`. It's also "
                                    + "possible to specify branch processors configured as a resource."),
                    FieldSpec.of("branch_resources", FieldType.STRING_LIST, List.of(),
                            "An optional list of branch processor names that are configured as resources. These "
                                    + "resources will be included in the workflow with any branches configured "
                                    + "inline within the `branches` field. The order and parallelism in which "
                                    + "branches are executed is automatically resolved based on the mappings of "
                                    + "each branch. When using resources with an explicit order it is not "
                                    + "necessary to list resources in this field.").asAdvanced(),
                    FieldSpec.objectMap("branches",
                            "An object of named `branch` processors that make up the workflow. The order and "
                                    + "parallelism in which branches are executed can either be made explicit with "
                                    + "the field `order`, or if omitted an attempt is made to automatically resolve "
                                    + "an ordering based on the mappings of each branch.",
                            BranchProcessor.fields().toArray(new FieldSpec[0]))));

    @Override
    public ComponentSpec spec() {
        return SPEC;
    }

    @Override
    public ProcessorDefinition<?> translate(ComponentConfig config, ProcessorDefinition<?> tail,
                                            TranslationContext context) {
        Map<String, ComponentConfig> branches = branches(config, context);
        List<List<String>> tiers = tiers(config, branches);
        String metaPath = config.string("meta_path");
        String runKey = "CamelBenthosWorkflow." + context.stepId("run");

        WorkflowStartStep start = new WorkflowStartStep();
        start.setBranches(new ArrayList<>(branches.keySet()));
        start.setMetaPath(metaPath);
        start.setRunKey(runKey);
        if (order(config).isEmpty() && config.stringList("branch_resources").isEmpty()) {
            start.setInferredDag(WorkflowDag.goTiers(tiers));
        }
        String startId = context.stepId("start");
        ProcessorDefinition<?> current = tail.process(context.bind(startId, start)).id(startId);

        for (int t = 0; t < tiers.size(); t++) {
            Map<String, String> resultMaps = new LinkedHashMap<>();
            List<String> uris = new ArrayList<>();
            for (String name : tiers.get(t)) {
                ComponentConfig branch = branches.get(name);
                resultMaps.put(name, branch.string("result_map"));
                WorkflowRequestStep request = new WorkflowRequestStep();
                request.setBranch(name);
                request.setRunKey(runKey);
                uris.add(BranchProcessor.requestRoute(branch, request, context.stepId("branches." + name),
                        context.stepId("branches." + name + ".request"), context));
            }
            WorkflowTierStrategy strategy = new WorkflowTierStrategy();
            strategy.setResultMaps(resultMaps);
            strategy.setRunKey(runKey);
            strategy.setPath(context.path());
            String tierId = context.stepId("tier." + t);
            MulticastDefinition multicast = current.multicast()
                    .aggregationStrategy(context.bind(tierId + ".overlay", strategy)).parallelProcessing();
            multicast.id(tierId);
            uris.forEach(multicast::to);
            current = multicast.end();
        }

        WorkflowFinishStep finish = new WorkflowFinishStep();
        finish.setMetaPath(metaPath);
        finish.setRunKey(runKey);
        String finishId = context.stepId("finish");
        return current.process(context.bind(finishId, finish)).id(finishId);
    }

    /** The inline branches, then the resource ones ({@code branch_resources} and other names in {@code order}). */
    private static Map<String, ComponentConfig> branches(ComponentConfig config, TranslationContext context) {
        Map<String, ComponentConfig> branches = new LinkedHashMap<>();
        for (Map.Entry<String, ComponentConfig> e : config.objectMap("branches").entrySet()) {
            if (!BRANCH_NAME.matcher(e.getKey()).matches()) {
                throw new ConfigException(config.position("branches"),
                        "workflow branch name '" + e.getKey() + "' contains invalid characters");
            }
            branches.put(e.getKey(), e.getValue());
        }
        Set<String> resources = new LinkedHashSet<>(config.stringList("branch_resources"));
        for (String name : resources) {
            if (branches.containsKey(name)) {
                throw new ConfigException(config.position("branch_resources"),
                        "branch resource name '" + name + "' collides with an explicit branch");
            }
        }
        order(config).forEach(tier -> tier.stream().filter(n -> !branches.containsKey(n)).forEach(resources::add));
        for (String name : resources) {
            branches.put(name, resource(config, name, context));
        }
        return branches;
    }

    private static ComponentConfig resource(ComponentConfig config, String name, TranslationContext context) {
        Position at = config.isSet("branch_resources") ? config.position("branch_resources") : config.position("order");
        ComponentConfig resource;
        try {
            resource = context.resource(ComponentKind.PROCESSOR, name);
        } catch (ConfigException e) {
            throw new ConfigException(at, "processor resource '" + name + "' was not found");
        }
        if (!resource.type().equals("branch")) {
            throw new ConfigException(at, "processor resource '" + name + "' is a " + resource.type()
                    + " processor: a workflow can only run branch processors");
        }
        return resource;
    }

    private static List<List<String>> tiers(ComponentConfig config, Map<String, ComponentConfig> branches) {
        List<List<String>> order = order(config);
        try {
            if (!order.isEmpty()) {
                Set<String> required = new LinkedHashSet<>(config.objectMap("branches").keySet());
                required.addAll(config.stringList("branch_resources"));
                WorkflowDag.checkOrder(order, required);
                return order;
            }
            Map<String, WorkflowDag.Mappings> mappings = new LinkedHashMap<>();
            branches.forEach((name, b) -> mappings.put(name,
                    new WorkflowDag.Mappings(b.string("request_map"), b.string("result_map"))));
            return WorkflowDag.infer(mappings);
        } catch (IllegalArgumentException e) {
            throw new ConfigException(config.position(order.isEmpty() ? "branches" : "order"), e.getMessage());
        }
    }

    /** {@code order} as tiers of names; anything but a list of lists of strings is a config error. */
    private static List<List<String>> order(ComponentConfig config) {
        Object raw = config.raw("order");
        List<List<String>> tiers = new ArrayList<>();
        if (raw == null) {
            return tiers;
        }
        if (!(raw instanceof List<?> list)) {
            throw new ConfigException(config.position("order"), "expected array value");
        }
        for (Object tier : list) {
            if (!(tier instanceof List<?> names)) {
                throw new ConfigException(config.position("order"), "expected an array of arrays of branch names");
            }
            List<String> out = new ArrayList<>();
            for (Object n : names) {
                if (n == null || n instanceof List<?> || n instanceof Map<?, ?>) {
                    throw new ConfigException(config.position("order"), "expected an array of arrays of branch names");
                }
                out.add(String.valueOf(n));
            }
            tiers.add(out);
        }
        return tiers;
    }
}
