package io.camelbenthos.sql;

import com.fasterxml.jackson.annotation.JsonIgnore;
import io.camelbenthos.bloblang.Bloblang;
import io.camelbenthos.bloblang.InterpolatedString;
import io.camelbenthos.bloblang.Mapping;

/** One query of the {@code sql_raw} output: {@code query}, {@code args_mapping}, {@code when}. A JavaBean. */
public class SqlRawQuery {
    private String query = "";
    private String argsMapping = "";
    private String when = "";
    private volatile Mapping compiledArgs;
    private volatile Mapping compiledWhen;
    private volatile InterpolatedString compiledQuery;

    public String getQuery() {
        return query;
    }

    public void setQuery(String query) {
        this.query = query;
        this.compiledQuery = null;
    }

    public String getArgsMapping() {
        return argsMapping;
    }

    public void setArgsMapping(String argsMapping) {
        this.argsMapping = argsMapping == null ? "" : argsMapping;
        this.compiledArgs = null;
    }

    public String getWhen() {
        return when;
    }

    public void setWhen(String when) {
        this.when = when == null ? "" : when;
        this.compiledWhen = null;
    }

    @JsonIgnore
    Mapping args() {
        if (argsMapping.isBlank()) {
            return null;
        }
        Mapping m = compiledArgs;
        if (m == null) {
            m = Bloblang.parse(argsMapping);
            compiledArgs = m;
        }
        return m;
    }

    @JsonIgnore
    Mapping whenMapping() {
        if (when.isBlank()) {
            return null;
        }
        Mapping m = compiledWhen;
        if (m == null) {
            m = Bloblang.parse(when);
            compiledWhen = m;
        }
        return m;
    }

    @JsonIgnore
    InterpolatedString interpolated() {
        InterpolatedString q = compiledQuery;
        if (q == null) {
            q = InterpolatedString.parse(query);
            compiledQuery = q;
        }
        return q;
    }
}
