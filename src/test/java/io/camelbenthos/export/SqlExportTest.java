package io.camelbenthos.export;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The SQL components in an export: their steps are beans with every setting, and the export loads back as translated. */
class SqlExportTest {

    @Test
    void everySqlComponentExportsAndLoadsBack() throws Exception {
        String text = """
                input:
                  sql_raw:
                    driver: postgres
                    dsn: postgres://u:p@localhost:5432/db?sslmode=disable
                    query: SELECT * FROM t WHERE a = $1
                    args_mapping: 'root = [ 1 ]'
                    conn_max_open: 4
                    init_statement: CREATE TABLE IF NOT EXISTS t (a INT)
                pipeline:
                  processors:
                    - sql_select: {driver: mysql, dsn: 'root@tcp(localhost:3306)/test', table: t, columns: ['*'], where: a = ?, args_mapping: 'root = [ this.a ]'}
                    - sql_raw: {driver: sqlite, dsn: /tmp/x.db, query: 'SELECT ${! this.a }', unsafe_dynamic_query: true, exec_only: true}
                    - sql_insert: {driver: sqlite, dsn: /tmp/x.db, table: t, columns: [a], args_mapping: 'root = [ 1 ]', suffix: ON CONFLICT DO NOTHING}
                output:
                  sql_raw:
                    driver: sqlite
                    dsn: /tmp/x.db
                    queries:
                      - {query: 'DELETE FROM t WHERE a = ?', args_mapping: 'root = [ this.a ]', when: 'this.op == "d"'}
                      - {query: 'INSERT INTO t (a) VALUES (?)', args_mapping: 'root = [ this.a ]'}
                    batching: {count: 10, period: 1s}
                """;
        ExportRoundTripTest.assertExportLoadsBackAsTheTranslation("sql.yaml", text);
        assertThat(CamelYamlExport.export("sql.yaml", text)).contains("type: io.camelbenthos.sql.SqlRawWriter",
                "type: io.camelbenthos.sql.SqlReader", "type: io.camelbenthos.sql.SqlSelectStep");
    }
}
