package io.camelbenthos.configtest;

import io.camelbenthos.components.ComponentRegistry;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Benthos's {@code test} run over paths: every target linted and its cases run, {@code Test '<path>' succeeded} or
 * {@code failed} per target, then the {@code Failures:} block (lint lines, then each failed case with its line and
 * reasons). A target that cannot be set up stops the whole run.
 */
public final class TestRun {
    private record CaseFailure(String name, int line, String reason) {
    }

    private record FailedTarget(Path config, List<String> lints, List<CaseFailure> cases) {
    }

    private final Map<String, String> environment;
    private final List<Path> resources;
    private final boolean verbose;
    private final ComponentRegistry registry;

    /**
     * @param environment the variables configs are read with (process environment overlaid with env files)
     * @param resources   {@code -r} files (globs allowed) whose resource sections are added to every target
     */
    public TestRun(Map<String, String> environment, List<String> resources, boolean verbose, ComponentRegistry registry) {
        this.environment = Map.copyOf(environment);
        this.resources = TestTargets.globs(resources);
        this.verbose = verbose;
        this.registry = registry;
    }

    /** Colours on stdout when it is a terminal and {@code NO_COLOR} is unset. */
    public static void useColours(boolean enabled) {
        Colours.enabled = enabled;
    }

    /** @return true when every target succeeded */
    public boolean run(List<String> paths, PrintWriter out, PrintWriter err) {
        List<TestTargets.Target> targets;
        try {
            targets = TestTargets.find(paths, environment);
        } catch (DefinitionReader.DefinitionException | RuntimeException e) {
            err.println("Failed to obtain test targets: " + e.getMessage());
            return false;
        }
        if (targets.isEmpty()) {
            out.println(Colours.yellow("No tests were found"));
            return false;
        }
        List<FailedTarget> fails = new ArrayList<>();
        for (TestTargets.Target target : targets) {
            List<String> lints;
            List<CaseFailure> failures;
            try {
                lints = TargetLint.lint(target.config(), resources, environment, registry);
                failures = execute(target, out);
            } catch (CaseRunner.CaseSetupException | RuntimeException e) {
                err.println("Failed to execute test target '" + target.config() + "': " + e.getMessage());
                return false;
            }
            if (!lints.isEmpty() || !failures.isEmpty()) {
                fails.add(new FailedTarget(target.config(), lints, failures));
                out.println("Test '" + target.config() + "' " + Colours.red("failed"));
            } else {
                out.println("Test '" + target.config() + "' " + Colours.green("succeeded"));
            }
            out.flush();
        }
        if (fails.isEmpty()) {
            return true;
        }
        printFailures(fails, out);
        return false;
    }

    private List<CaseFailure> execute(TestTargets.Target target, PrintWriter out) throws CaseRunner.CaseSetupException {
        Path config = target.config();
        Path dir = config.getParent() == null ? Path.of(".") : config.getParent();
        CaseRunner runner = new CaseRunner(new TargetProcessors(config, resources, environment, registry), dir,
                environment, registry);
        List<CaseFailure> failures = new ArrayList<>();
        List<TestCase> cases = target.cases();
        if (verbose) {
            // Every name before the first case runs, as Benthos prints them.
            cases.forEach(c -> out.println("  - " + (c.name().isEmpty() ? "(unnamed)" : c.name())));
        }
        for (int i = 0; i < cases.size(); i++) {
            TestCase c = cases.get(i);
            List<String> reasons;
            try {
                reasons = runner.run(c);
            } catch (CaseRunner.CaseSetupException e) {
                throw new CaseRunner.CaseSetupException("test case " + i + " failed: " + e.getMessage(), e);
            }
            reasons.forEach(r -> failures.add(new CaseFailure(c.name(), c.line(), r)));
        }
        return failures;
    }

    private static void printFailures(List<FailedTarget> fails, PrintWriter out) {
        out.print("\nFailures:\n\n");
        for (int i = 0; i < fails.size(); i++) {
            FailedTarget fail = fails.get(i);
            if (i > 0) {
                out.println();
            }
            out.print("--- " + fail.config() + " ---\n\n");
            fail.lints().forEach(l -> out.println("Lint: " + l));
            if (fail.cases().isEmpty()) {
                continue;
            }
            if (!fail.lints().isEmpty()) {
                out.println();
            }
            String previous = null;
            for (int j = 0; j < fail.cases().size(); j++) {
                CaseFailure f = fail.cases().get(j);
                if (!f.name().equals(previous)) {
                    if (j > 0) {
                        out.println();
                    }
                    out.println(f.name() + " [line " + f.line() + "]:");
                    previous = f.name();
                }
                out.println(f.reason());
            }
        }
    }
}
