package io.camelbenthos.playground;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The answer of {@code POST /execute}, field for field Benthos's: every field is always present, empty when unset.
 *
 * @param parseError   {@code failed to parse mapping: <positioned error>\n} when the mapping does not parse
 * @param mappingError the execution error when the mapping fails on this input
 * @param result       the output as {@code blobl} prints it: strings raw, structured values as indented JSON
 */
public record PlaygroundResult(
        @JsonProperty("parse_error") String parseError,
        @JsonProperty("mapping_error") String mappingError,
        @JsonProperty("result") String result) {

    static PlaygroundResult parseFailed(String error) {
        return new PlaygroundResult(error, "", "");
    }

    static PlaygroundResult executionFailed(String error) {
        return new PlaygroundResult("", error, "");
    }

    static PlaygroundResult success(String result) {
        return new PlaygroundResult("", "", result);
    }
}
