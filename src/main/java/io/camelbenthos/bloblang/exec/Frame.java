package io.camelbenthos.bloblang.exec;

import io.camelbenthos.bloblang.value.Nothing;
import java.util.HashMap;
import java.util.Map;

/** The assignment targets of one mapping or map execution: the document being built and the variables. */
final class Frame {
    Object root = Nothing.INSTANCE;
    final Map<String, Object> vars = new HashMap<>(8);
}
