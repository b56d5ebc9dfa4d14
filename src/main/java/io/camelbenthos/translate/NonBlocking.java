package io.camelbenthos.translate;

import io.camelbenthos.bloblang.BloblangException;
import io.camelbenthos.bloblang.Environment;
import io.camelbenthos.components.ComponentKind;
import io.camelbenthos.components.ComponentRegistry;
import io.camelbenthos.components.ComponentSpec;
import io.camelbenthos.components.FieldSpec;
import io.camelbenthos.config.ComponentConfig;
import java.util.List;

/**
 * Whether components, with everything nested in them, never block the thread that runs them, so that an input may
 * run its messages on the event loop that received them (http_server then saves the hand-over of every request to a
 * worker thread). Conservative: a component passes only when its spec is marked {@link ComponentSpec#nonBlocking()},
 * every component nested in it (processors, outputs, switch cases) passes too, and every piece of Bloblang it runs
 * (mappings, checks, interpolated fields) uses only plugins that touch nothing outside the process: no impure plugin
 * ({@code env}, {@code file}, {@code hostname}, ...), no import, no {@code geoip_*} method (they open and stat their
 * database file). A time zone's abbreviations are read from the zoneinfo files once per zone, like a class being
 * loaded, and do not count.
 */
final class NonBlocking {
    /** The plugins a mapping may use and still never block. */
    private static final Environment IN_PROCESS = inProcess();

    private final ComponentRegistry registry;

    NonBlocking(ComponentRegistry registry) {
        this.registry = registry;
    }

    private static Environment inProcess() {
        Environment sandbox = Environment.standard().sandboxed();
        return sandbox.withPlugins(sandbox.plugins().filter(spec -> !spec.categories().contains("GeoIP")));
    }

    /** True when every one of {@code components} {@linkplain #component passes}. */
    boolean all(ComponentKind kind, List<ComponentConfig> components) {
        for (ComponentConfig c : components) {
            if (!component(kind, c)) {
                return false;
            }
        }
        return true;
    }

    /** True when {@code c}'s own steps never block (its spec says so) and neither does anything it holds. */
    boolean component(ComponentKind kind, ComponentConfig c) {
        ComponentSpec spec = registry.spec(kind, c.type()).orElse(null);
        return spec != null && spec.nonBlocking() && contents(kind, c);
    }

    /**
     * True when nothing {@code c} holds blocks: its processors, its nested components and the Bloblang of its fields.
     * Its own steps are not judged (an input's are the consumer's: http_server's run on the event loop anyway).
     */
    boolean contents(ComponentKind kind, ComponentConfig c) {
        ComponentSpec spec = registry.spec(kind, c.type()).orElse(null);
        return spec != null && all(ComponentKind.PROCESSOR, c.processors()) && fields(spec.fields(), c);
    }

    private boolean fields(List<FieldSpec> fields, ComponentConfig c) {
        for (FieldSpec f : fields) {
            if (!field(f, c)) {
                return false;
            }
        }
        return true;
    }

    private boolean field(FieldSpec f, ComponentConfig c) {
        String name = f.name();
        return switch (f.type()) {
            case BLOBLANG -> mapping(c.string(name));
            case INTERPOLATED_STRING -> interpolation(c.string(name));
            case INTERPOLATED_MAP -> c.stringMap(name).values().stream().allMatch(NonBlocking::interpolation);
            case OBJECT -> fields(f.children(), c.object(name));
            case OBJECT_LIST -> c.objectList(name).stream().allMatch(o -> fields(f.children(), o));
            case OBJECT_MAP -> c.objectMap(name).values().stream().allMatch(o -> fields(f.children(), o));
            case PROCESSOR -> nested(ComponentKind.PROCESSOR, c.component(name));
            case OUTPUT -> nested(ComponentKind.OUTPUT, c.component(name));
            case INPUT -> nested(ComponentKind.INPUT, c.component(name));
            case PROCESSOR_LIST -> all(ComponentKind.PROCESSOR, c.components(name));
            case OUTPUT_LIST -> all(ComponentKind.OUTPUT, c.components(name));
            case INPUT_LIST -> all(ComponentKind.INPUT, c.components(name));
            default -> true;
        };
    }

    private boolean nested(ComponentKind kind, ComponentConfig c) {
        return c == null || component(kind, c);
    }

    private static boolean mapping(String mapping) {
        if (mapping == null || mapping.isBlank()) {
            return true;
        }
        try {
            IN_PROCESS.parse(mapping);
            return true;
        } catch (BloblangException e) {
            return false; // it parsed in the standard environment (lint), so it uses a plugin left out here
        }
    }

    private static boolean interpolation(String template) {
        if (template == null || !template.contains("${!")) {
            return true;
        }
        try {
            IN_PROCESS.parseInterpolation(template);
            return true;
        } catch (BloblangException e) {
            return false;
        }
    }
}
