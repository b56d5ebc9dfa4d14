package io.camelbenthos.bloblang.exec;

/** A binary operator over two sub-expressions; its annotation is the right operand's, as in Go. */
public final class ArithmeticNode extends Node {
    private final Arithmetic.Op op;
    private final Node left;
    private final Node right;
    /** The operands' annotations, fixed for immutable nodes: built once, not on every evaluation. */
    private final String leftAnnotation;
    private final String rightAnnotation;

    public ArithmeticNode(Arithmetic.Op op, Node left, Node right) {
        this.op = op;
        this.left = left;
        this.right = right;
        this.leftAnnotation = left.annotation();
        this.rightAnnotation = right.annotation();
    }

    /**
     * Builds the node, folding it to a {@link Literal} when both operands are literals (a failure then throws, to be
     * reported as a parse error).
     */
    public static Node of(Arithmetic.Op op, Node left, Node right) {
        if (left.isLiteral() && right.isLiteral()) {
            Object v = Arithmetic.apply(op, left.literalValue(), right.literalValue(), left.annotation(),
                    right.annotation());
            return new Literal(v, right.annotation());
        }
        return new ArithmeticNode(op, left, right);
    }

    @Override
    public Object exec(ExecContext ctx) {
        Object l = left.exec(ctx);
        Object r = right.exec(ctx);
        return Arithmetic.apply(op, l, r, leftAnnotation, rightAnnotation);
    }

    @Override
    public String annotation() {
        return rightAnnotation;
    }
}
