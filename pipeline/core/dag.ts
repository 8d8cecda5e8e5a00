import { Graph, alg } from "@dagrejs/graphlib";
import { DagError } from "./errors.ts";
import type { AnyStage, ArtifactMap } from "./stage.ts";

/**
 * The build graph, derived from the stages' declarations: one node per
 * stage, an edge from the producer of an artifact to each of its readers.
 * Artifacts that no stage produces must be named as sources (inputs the
 * runner provides, such as the raw directory).
 */
export interface Dag<A extends ArtifactMap = ArtifactMap> {
  readonly graph: Graph;
  /** Stages in a topological order (stable: nodes are inserted sorted by id). */
  readonly order: readonly AnyStage<A>[];
  readonly stages: ReadonlyMap<string, AnyStage<A>>;
  /** Artifact name → id of the stage that writes it. */
  readonly producers: ReadonlyMap<string, string>;
  readonly sources: readonly string[];
}

export function buildDag<A extends ArtifactMap>(stages: readonly AnyStage<A>[], sources: readonly string[]): Dag<A> {
  const byId = new Map<string, AnyStage<A>>();
  for (const s of stages) {
    if (byId.has(s.id)) throw new DagError(`two stages share the id '${s.id}'`);
    byId.set(s.id, s);
  }

  const producers = new Map<string, string>();
  const problems: string[] = [];
  for (const src of sources) producers.set(src, `<source>`);
  for (const s of [...stages].sort(byStageId)) {
    for (const artifact of s.writes) {
      const other = producers.get(artifact);
      if (other === "<source>") problems.push(`stage '${s.id}' writes '${artifact}', which is a source provided by the runner`);
      else if (other) problems.push(`artifact '${artifact}' is written by two stages: '${other}' and '${s.id}'`);
      else producers.set(artifact, s.id);
    }
  }
  for (const s of stages) {
    for (const artifact of s.reads) {
      if (!producers.has(artifact)) problems.push(`stage '${s.id}' reads '${artifact}', but no stage writes it`);
    }
  }
  if (problems.length) throw new DagError(`invalid pipeline:\n  - ${problems.sort().join("\n  - ")}`);

  const graph = new Graph({ directed: true, multigraph: true });
  for (const s of [...stages].sort(byStageId)) graph.setNode(s.id, s);
  for (const s of [...stages].sort(byStageId)) {
    for (const artifact of s.reads) {
      const from = producers.get(artifact)!;
      if (from !== "<source>") graph.setEdge(from, s.id, artifact, artifact);
    }
  }

  let ids: string[];
  try {
    ids = alg.topsort(graph);
  } catch (e) {
    if (!(e instanceof alg.CycleException)) throw e;
    const cycles = alg.findCycles(graph).map((c) => [...c].sort().join(" → "));
    throw new DagError(`the pipeline has a cycle between stages: ${cycles.join("; ")}`);
  }
  return { graph, order: ids.map((id) => byId.get(id)!), stages: byId, producers, sources: [...sources] };
}

/** The stages needed to produce `targetId`: it and everything upstream, in run order. */
export function upstreamOf<A extends ArtifactMap>(dag: Dag<A>, targetId: string): AnyStage<A>[] {
  if (!dag.stages.has(targetId)) {
    throw new DagError(`no stage '${targetId}'; the stages are: ${[...dag.stages.keys()].sort().join(", ")}`);
  }
  const needed = new Set(alg.postorder(reversed(dag.graph), [targetId]));
  return dag.order.filter((s) => needed.has(s.id));
}

/** Ids of the stages downstream of a stage (not including it). */
export function downstreamOf<A extends ArtifactMap>(dag: Dag<A>, stageId: string): string[] {
  return alg.preorder(dag.graph, [stageId]).filter((id) => id !== stageId);
}

function reversed(g: Graph): Graph {
  const r = new Graph({ directed: true, multigraph: true });
  for (const n of g.nodes()) r.setNode(n);
  for (const e of g.edges()) r.setEdge(e.w, e.v, undefined, e.name);
  return r;
}

function byStageId(a: { id: string }, b: { id: string }): number {
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/** Text, Mermaid or DOT rendering of the graph, for `npm run dag`. */
export function renderDag<A extends ArtifactMap>(dag: Dag<A>, format: "text" | "mermaid" | "dot"): string {
  const edges = (s: AnyStage<A>) => s.reads.map((a: string) => ({ from: dag.producers.get(a)!, artifact: a }));
  if (format === "mermaid") {
    const lines = ["flowchart LR"];
    for (const src of dag.sources) lines.push(`  ${mermaidId(src)}[(${src})]`);
    for (const s of dag.order) {
      lines.push(`  ${mermaidId(s.id)}[${s.id}]`);
      for (const e of edges(s)) {
        const from = e.from === "<source>" ? e.artifact : e.from;
        lines.push(`  ${mermaidId(from)} -->|${e.artifact}| ${mermaidId(s.id)}`);
      }
    }
    return lines.join("\n") + "\n";
  }
  if (format === "dot") {
    const lines = ["digraph hoidam {", "  rankdir=LR;", "  node [shape=box];"];
    for (const src of dag.sources) lines.push(`  "${src}" [shape=cylinder];`);
    for (const s of dag.order) {
      lines.push(`  "${s.id}";`);
      for (const e of edges(s)) lines.push(`  "${e.from === "<source>" ? e.artifact : e.from}" -> "${s.id}" [label="${e.artifact}"];`);
    }
    lines.push("}");
    return lines.join("\n") + "\n";
  }
  const lines: string[] = [];
  for (const [i, s] of dag.order.entries()) {
    lines.push(`${i + 1}. ${s.id} (v${s.version}): ${s.description}`);
    lines.push(`     reads:  ${s.reads.length ? s.reads.join(", ") : "-"}`);
    lines.push(`     writes: ${s.writes.length ? s.writes.join(", ") : "-"}`);
  }
  return lines.join("\n") + "\n";
}

function mermaidId(name: string): string {
  return name.replace(/[^A-Za-z0-9_]/g, "_");
}
