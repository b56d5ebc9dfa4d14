package io.camelbenthos.components.outputs;

import io.camelbenthos.components.ComponentKind;
import io.camelbenthos.components.ComponentSpec;
import io.camelbenthos.components.FieldSpec;
import io.camelbenthos.components.FieldType;
import io.camelbenthos.components.OutputComponent;
import io.camelbenthos.components.TranslationContext;
import io.camelbenthos.config.ComponentConfig;
import io.camelbenthos.config.ConfigException;
import io.camelbenthos.sql.SqlComponents;
import io.camelbenthos.sql.SqlConnectionSettings;
import io.camelbenthos.sql.SqlRawQuery;
import io.camelbenthos.sql.SqlRawWriter;
import java.util.ArrayList;
import java.util.List;
import org.apache.camel.model.ProcessorDefinition;

/** The {@code sql_raw} output (connectors reference §6.5), a {@link SqlRawWriter}. */
public final class SqlRawOutput implements OutputComponent {
    private static final ComponentSpec SPEC = new ComponentSpec("sql_raw", ComponentKind.OUTPUT, "stable",
            "Executes an arbitrary SQL query for each message.",
            SqlConnectionSettings.withConnectionFields(
                    FieldSpec.of("query", FieldType.STRING, null, SqlComponents.queryDescription()),
                    SqlComponents.unsafeDynamicQuery(),
                    SqlComponents.argsMapping("query"),
                    FieldSpec.objectList("queries", "A list of statements to run in addition to `query`; with "
                                    + "several, a batch runs in one transaction.",
                            FieldSpec.required("query", FieldType.STRING, SqlComponents.queryDescription()),
                            SqlComponents.argsMapping("query"),
                            FieldSpec.of("when", FieldType.BLOBLANG, null, "A Bloblang query returning a bool: the "
                                    + "message runs the first query whose condition holds (a query without one "
                                    + "always matches).")),
                    FieldSpec.of("max_in_flight", FieldType.INT, 64L,
                            "The maximum number of batches to run in parallel (bounded by the connection pool)."),
                    BatchingField.spec("Messages are held until a batch is complete, then written together.")))
            .asNonBlocking();

    @Override
    public ComponentSpec spec() {
        return SPEC;
    }

    @Override
    public ProcessorDefinition<?> translate(ComponentConfig config, ProcessorDefinition<?> tail,
                                            TranslationContext context) {
        boolean dynamic = config.bool("unsafe_dynamic_query");
        List<SqlRawQuery> queries = new ArrayList<>();
        if (config.isSet("query")) {
            queries.add(query(config, dynamic));
        }
        for (ComponentConfig q : config.objectList("queries")) {
            queries.add(query(q, dynamic));
        }
        if (queries.isEmpty()) {
            throw new ConfigException(config.position(), "sql_raw: either field 'query' or field 'queries' is required");
        }
        for (int i = 0; i < queries.size() - 1; i++) {
            if (queries.get(i).getWhen().isBlank() && queries.stream().anyMatch(q -> !q.getWhen().isBlank())) {
                throw new ConfigException(config.position("queries"), "query at index " + i + " has no `when` "
                        + "condition and will always match, making subsequent queries unreachable");
            }
        }
        SqlRawWriter writer = SqlComponents.configure(new SqlRawWriter(), config, context);
        writer.setArgsMapping("");
        writer.setQueries(queries);
        writer.setUnsafeDynamicQuery(dynamic);
        return SqlComponents.appendOutput(writer, config, tail, context);
    }

    private static SqlRawQuery query(ComponentConfig c, boolean dynamic) {
        SqlRawQuery q = new SqlRawQuery();
        q.setQuery(c.string("query"));
        if (dynamic) {
            SqlComponents.checkInterpolation(c, "query", q.getQuery());
        }
        if (c.isSet("args_mapping")) {
            q.setArgsMapping(c.string("args_mapping"));
        }
        if (c.declares("when") && c.isSet("when")) {
            q.setWhen(c.string("when"));
        }
        return q;
    }
}
