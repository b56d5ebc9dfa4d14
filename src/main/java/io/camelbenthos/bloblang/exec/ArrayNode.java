package io.camelbenthos.bloblang.exec;

import io.camelbenthos.bloblang.value.Deleted;
import io.camelbenthos.bloblang.value.Nothing;
import io.camelbenthos.bloblang.value.Values;
import java.util.ArrayList;
import java.util.List;

/** An array literal with dynamic elements; delete and nothing elements are left out. */
public final class ArrayNode extends Node {
    private final Node[] elements;

    private ArrayNode(List<Node> elements) {
        this.elements = elements.toArray(new Node[0]);
    }

    /** A {@link Literal} when every element is literal (Go {@code NewArrayLiteral}), else a dynamic node. */
    public static Node of(List<Node> elements) {
        boolean dynamic = false;
        for (Node n : elements) {
            dynamic |= !n.isLiteral();
        }
        if (dynamic) {
            return new ArrayNode(elements);
        }
        List<Object> values = new ArrayList<>(elements.size());
        for (Node n : elements) {
            Object v = n.literalValue();
            if (v != Deleted.INSTANCE && v != Nothing.INSTANCE) {
                values.add(v);
            }
        }
        return new Literal(values, "array literal");
    }

    @Override
    public Object exec(ExecContext ctx) {
        List<Object> out = new ArrayList<>(elements.length);
        for (Node n : elements) {
            Object v = n.exec(ctx);
            if (v != Deleted.INSTANCE && v != Nothing.INSTANCE) {
                out.add(v);
            }
        }
        return out;
    }

    /** The list is new on every call; only its elements may be shared with the input. */
    @Override
    public Object assignable(Object v) {
        return Values.deepCopyElements(v);
    }

    @Override
    public String annotation() {
        return "array literal";
    }
}
