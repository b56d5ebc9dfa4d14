package io.camelbenthos.readiness;

/**
 * One input or output as {@code /ready} lists it.
 *
 * @param label the component's label, empty when it has none
 * @param path its Benthos config path, e.g. {@code root.output} or {@code root.output.broker.outputs.0}
 * @param probe where its connection state comes from
 */
public record ComponentReadiness(String label, String path, ConnectionProbe probe) {
}
