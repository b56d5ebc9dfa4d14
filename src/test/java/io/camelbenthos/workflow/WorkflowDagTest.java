package io.camelbenthos.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** {@code workflow}'s ordering, the rules and examples of processors reference §3 and §3.1. */
class WorkflowDagTest {
    private static Map<String, WorkflowDag.Mappings> branches(String... nameRequestResult) {
        Map<String, WorkflowDag.Mappings> out = new LinkedHashMap<>();
        for (int i = 0; i < nameRequestResult.length; i += 3) {
            out.put(nameRequestResult[i], new WorkflowDag.Mappings(nameRequestResult[i + 1], nameRequestResult[i + 2]));
        }
        return out;
    }

    @Test
    void aReaderOfAFieldRunsAfterItsWriter() {
        assertThat(WorkflowDag.infer(branches(
                "b", "root = this.foo.bar", "root.baz = this",
                "a", "root = this.id", "root.foo = this",
                "c", "root = this.id", "root.qux = this")))
                .containsExactly(List.of("a", "c"), List.of("b"));
    }

    @Test
    void aWriterOfADeeperFieldProvidesNothingToAReaderOfItsParent() {
        assertThat(WorkflowDag.infer(branches(
                "a", "root = this.foo", "root.x = this",
                "b", "root = this.id", "root.foo.bar = this")))
                .containsExactly(List.of("a", "b"));
    }

    @Test
    void readingTheWholeDocumentDependsOnlyOnAssigningTheRootWhichEveryReaderDependsOn() {
        assertThat(WorkflowDag.infer(branches(
                "a", "root = this", "root.x = this",
                "b", "root = this.id", "root.y = this",
                "c", "root = this.id", "root = this")))
                .containsExactly(List.of("c"), List.of("a", "b"));
    }

    @Test
    void metadataIsANamespaceOfItsOwn() {
        assertThat(WorkflowDag.infer(branches(
                "a", "root = @kind", "root.kind = this",
                "b", "root = this.id", "meta kind = this.k",
                "c", "root = metadata(\"other\")", "root.z = this")))
                .containsExactly(List.of("b", "c"), List.of("a"));
    }

    @Test
    void readingAndWritingTheSameFieldIsNoDependencyOnItself() {
        assertThat(WorkflowDag.infer(branches("a", "root = this.foo", "root.foo = this")))
                .containsExactly(List.of("a"));
    }

    @Test
    void aBranchWithoutRequestMapWantsNothingAndOneWithoutResultMapProvidesNothing() {
        assertThat(WorkflowDag.infer(branches(
                "a", "", "root.foo = this",
                "b", "root = this.bar", "")))
                .containsExactly(List.of("a", "b"));
    }

    @Test
    void circularDependenciesAreRefusedWithBenthossWords() {
        assertThatThrownBy(() -> WorkflowDag.infer(branches(
                "0", "root = this.foo", "root.bar = this",
                "1", "root = this.foo", "root.baz = this",
                "2", "root = this.baz", "root.foo = this")))
                .hasMessage("failed to automatically resolve DAG, circular dependencies detected for branches: [0 1 2]");
    }

    @Test
    void bareFieldsConditionalsAndMethodsAreReadsToo() {
        assertThat(MappingTargets.reads("""
                # a comment with this.ignored
                root.a = foo.bar.uppercase()
                root.b = if this.c.d > 1 { "x" } else { "y" }
                root.c = this.list.map_each(x -> x.name)
                meta k = metadata("m")
                """)).containsExactlyInAnyOrder(List.of("path", "foo", "bar"), List.of("path", "c", "d"),
                List.of("path", "list"), List.of("metadata", "m"));
        assertThat(MappingTargets.writes("""
                root.a.b = this.x
                meta k = "v"
                if this.y { root.c = 1 }
                let tmp = 2
                """)).isEqualTo(Set.of(List.of("path", "a", "b"), List.of("metadata", "k"), List.of("path", "c")));
    }

    @Test
    void anExplicitOrderIsCheckedWithBenthossWords() {
        assertThatThrownBy(() -> WorkflowDag.checkOrder(List.of(List.of("a"), List.of()), Set.of("a")))
                .hasMessage("explicit order tier '1' was empty");
        assertThatThrownBy(() -> WorkflowDag.checkOrder(List.of(List.of("a"), List.of("a")), Set.of("a")))
                .hasMessage("branch specified in order listed multiple times: a");
        assertThatThrownBy(() -> WorkflowDag.checkOrder(List.of(List.of("a")), Set.of("a", "c", "b")))
                .hasMessage("the following branches were missing from order: [b c]");
        WorkflowDag.checkOrder(List.of(List.of("b", "a"), List.of("c")), Set.of("a", "b", "c"));
    }
}
