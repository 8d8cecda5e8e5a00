import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { buildDag, downstreamOf, renderDag, upstreamOf } from "../pipeline/core/dag.ts";
import { DagError } from "../pipeline/core/errors.ts";
import type { AnyStage } from "../pipeline/core/stage.ts";
import { pipelineDag } from "../pipeline/build.ts";

function stage(id: string, reads: string[], writes: string[]): AnyStage {
  return { id, description: id, version: 1, reads, writes, run: () => ({}) };
}

describe("buildDag", () => {
  it("orders stages by their declarations, whatever the order of the list", () => {
    const stages = [stage("c", ["b"], ["c"]), stage("a", ["src"], ["a"]), stage("b", ["a"], ["b"])];
    const dag = buildDag(stages, ["src"]);
    assert.deepEqual(
      dag.order.map((s) => s.id),
      ["a", "b", "c"],
    );
    assert.deepEqual(
      buildDag([...stages].reverse(), ["src"]).order.map((s) => s.id),
      ["a", "b", "c"],
    );
  });

  it("names the stages of a cycle", () => {
    const stages = [stage("a", ["src", "c"], ["a"]), stage("b", ["a"], ["b"]), stage("c", ["b"], ["c"])];
    assert.throws(() => buildDag(stages, ["src"]), (e: unknown) => e instanceof DagError && /cycle between stages: a → b → c/.test(e.message));
  });

  it("names the reader of an artifact that nobody writes", () => {
    assert.throws(
      () => buildDag([stage("a", ["nowhere"], ["a"])], []),
      (e: unknown) => e instanceof DagError && /stage 'a' reads 'nowhere', but no stage writes it/.test(e.message),
    );
  });

  it("names both producers of one artifact", () => {
    assert.throws(
      () => buildDag([stage("a", [], ["x"]), stage("b", [], ["x"])], []),
      (e: unknown) => e instanceof DagError && /'x' is written by two stages: 'a' and 'b'/.test(e.message),
    );
  });

  it("refuses a stage that writes a source", () => {
    assert.throws(() => buildDag([stage("a", [], ["raw"])], ["raw"]), /writes 'raw', which is a source/);
  });

  it("cuts the graph to what a stage needs, and finds what depends on it", () => {
    const dag = buildDag([stage("a", ["src"], ["a"]), stage("b", ["a"], ["b"]), stage("c", ["a"], ["c"]), stage("d", ["b", "c"], ["d"])], ["src"]);
    assert.deepEqual(
      upstreamOf(dag, "b").map((s) => s.id),
      ["a", "b"],
    );
    assert.deepEqual(downstreamOf(dag, "b").sort(), ["d"]);
    assert.throws(() => upstreamOf(dag, "zz"), /no stage 'zz'; the stages are: a, b, c, d/);
  });

  it("renders text, Mermaid and DOT", () => {
    const dag = buildDag([stage("a", ["src"], ["x"]), stage("b", ["x"], ["y"])], ["src"]);
    assert.match(renderDag(dag, "text"), /1\. a \(v1\)[\s\S]*2\. b \(v1\)/);
    assert.match(renderDag(dag, "mermaid"), /^flowchart LR[\s\S]*a -->\|x\| b/);
    assert.match(renderDag(dag, "dot"), /"a" -> "b" \[label="x"\]/);
  });
});

describe("the pipeline's own DAG", () => {
  it("runs reference and ingest first (ingest screens web pages by the lexicon), then write and pictures, and package last", () => {
    const ids = pipelineDag().order.map((s) => s.id);
    assert.deepEqual(ids.slice(0, 2), ["reference", "ingest"]);
    assert.deepEqual(ids.slice(-3).sort(), ["package", "pictures", "write"]);
    assert.equal(ids.at(-1), "package");
    assert.ok(ids.indexOf("validate") > ids.indexOf("articles"));
  });
});
