package io.camelbenthos.files;

import io.camelbenthos.export.ExportRoundTripTest;
import org.junit.jupiter.api.Test;

/** The file, csv, http_client, sequence and read_until inputs and the file output export as plain Camel YAML. */
class FilesExportTest {
    @Test
    void pumpedInputsAndTheFileOutputLoadBackAsTranslated() throws Exception {
        ExportRoundTripTest.assertExportLoadsBackAsTheTranslation("files.yaml", """
                input:
                  read_until:
                    check: content() == "stop"
                    input:
                      sequence:
                        inputs:
                          - file:
                              paths: ['/tmp/in/**/*.csv.gz']
                              scanner: {decompress: {algorithm: gzip, into: {csv: {custom_delimiter: ';'}}}}
                              delete_on_finish: true
                          - csv: {paths: [/tmp/x.csv], batch_count: 5}
                            processors:
                              - mapping: 'root = this'
                          - http_client:
                              url: 'http://127.0.0.1:9/items?after=${! json("id").or(0) }'
                              payload: '{}'
                output:
                  file: {path: '/tmp/out/${! @path.or("none") }.txt', codec: 'delim:;'}
                """);
    }
}
