package io.camelbenthos.template;

import io.camelbenthos.components.ComponentRegistry;
import io.camelbenthos.config.ConfigException;
import io.camelbenthos.config.PathGlobs;
import io.camelbenthos.config.Problems;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The templates of a run ({@code -t/--templates}, globs): each file read and linted, the usable ones added to the
 * component registry under their names, so that configs use them like built-in components.
 *
 * @param templates the templates that can be used, in file order
 * @param problems  every problem of every template file, {@code file:line:col: message}
 */
public record Templates(List<ConfigTemplate> templates, List<String> problems) {
    public Templates {
        templates = List.copyOf(templates);
        problems = List.copyOf(problems);
    }

    public static final Templates NONE = new Templates(List.of(), List.of());

    /** Reads every file the globs name; a file that cannot be read is a problem, the others still load. */
    public static Templates load(List<String> globs) {
        List<ConfigTemplate> templates = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        for (Path file : PathGlobs.expand(globs)) {
            Problems own = new Problems();
            try {
                ConfigTemplate template = TemplateReader.read(file, own);
                if (template != null) {
                    templates.add(template);
                }
            } catch (ConfigException e) {
                problems.addAll(e.errors());
            }
            problems.addAll(own.formatted());
        }
        return new Templates(templates, problems);
    }

    /**
     * What {@code lint -t} and {@code template lint} report: the problems of the template files, then the failures of
     * each template's own tests, rendered against {@code base} plus every template.
     */
    public List<String> lintWithTests(ComponentRegistry base) {
        List<String> out = new ArrayList<>(problems);
        ComponentRegistry registry = registry(base);
        templates.forEach(t -> out.addAll(TemplateTests.run(t, registry)));
        return out;
    }

    /** {@code base} with every template as a component (a template named like a built-in one replaces it). */
    public ComponentRegistry registry(ComponentRegistry base) {
        return templates.isEmpty() ? base : base.with(templates);
    }

    /**
     * The registry of a command: the default components plus the templates of {@code globs}.
     *
     * @throws ConfigException listing the problems of the template files
     */
    public static ComponentRegistry registryOrFail(List<String> globs) {
        if (globs.isEmpty()) {
            return ComponentRegistry.defaultRegistry();
        }
        Templates loaded = load(globs);
        if (!loaded.problems().isEmpty()) {
            throw new ConfigException(loaded.problems());
        }
        return loaded.registry(ComponentRegistry.defaultRegistry());
    }
}
