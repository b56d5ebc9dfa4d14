package io.camelbenthos.configtest;

import io.camelbenthos.config.YamlNode;
import java.util.List;
import java.util.Map;

/**
 * One case of a {@code tests:} list, as read from the definition file.
 *
 * @param line             the line of the case in the definition file (printed with its failures)
 * @param environment      variables set while the target is read and the case runs
 * @param targetProcessors {@code [file#]pointer-or-label}, default {@code /pipeline/processors}
 * @param targetMapping    a {@code .blobl} file run instead of processors, or empty
 * @param mocks            label or JSON pointer to a replacement processor config, in the definition's order
 * @param inputBatches     {@code input_batches} followed by {@code input_batch}
 * @param outputBatches    per batch, per message, the conditions by name (checked in name order)
 */
record TestCase(String name, int line, Map<String, String> environment, String targetProcessors, String targetMapping,
                Map<String, YamlNode> mocks, List<List<InputMessage>> inputBatches,
                List<List<Map<String, OutputCondition>>> outputBatches) {
}
