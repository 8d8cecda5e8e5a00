import { readFileSync, rmSync } from "node:fs";
import { mkdtemp, readdir, readFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { build, type BuildRequest, type BuildSummary } from "../pipeline/build.ts";
import { memoryReporter } from "../pipeline/core/reporter.ts";
import { knowledgeOf, type Knowledge } from "../pipeline/reference/knowledge.ts";
import { loadReference } from "../pipeline/reference/load.ts";
import { compileDatelineWords, type DatelineWords } from "../pipeline/ingest/dateline.ts";

const made: string[] = [];
process.on("exit", () => {
  for (const dir of made) rmSync(dir, { recursive: true, force: true });
});

/** A fresh temporary folder, removed when the test process exits. */
export async function tempDir(prefix = "hoidam-test-"): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), prefix));
  made.push(dir);
  return dir;
}

/** Build quietly; returns the summary and what the reporter saw. */
export async function quietBuild(req: Omit<BuildRequest, "reporter">): Promise<BuildSummary & { log: string[] }> {
  const reporter = memoryReporter();
  const summary = await build({ ...req, reporter });
  return { ...summary, log: reporter.lines };
}

/** Status of each stage in a build, e.g. { ingest: "fresh", ... }. */
export function statuses(s: BuildSummary): Record<string, string> {
  return Object.fromEntries(s.records.map((r) => [r.id, r.status]));
}

/** Every file under a folder, by relative path, with its bytes. */
export async function readTree(dir: string): Promise<Map<string, Buffer>> {
  const out = new Map<string, Buffer>();
  for (const e of await readdir(dir, { recursive: true, withFileTypes: true })) {
    if (!e.isFile()) continue;
    const abs = join(e.parentPath, e.name);
    out.set(relative(dir, abs), await readFile(abs));
  }
  return new Map([...out].sort(([a], [b]) => (a < b ? -1 : 1)));
}

/** A short article in the style of the corpus, distinct per `n`. */
export function article(n: number, extra = ""): string {
  return [
    `Thứ trưởng Bộ Quốc phòng tiếp Đại sứ Nhật Bản lần ${n}`,
    "",
    "18:06 | 10/10/2022",
    "",
    `(Bqp.vn) - Chiều 10/10, tại Hà Nội, Thượng tướng Hoàng Xuân Chiến đã tiếp Đại sứ Nhật Bản tại Việt Nam lần thứ ${n}.`,
    "",
    `Hai bên trao đổi về hợp tác quốc phòng song phương. ${extra}`,
    "",
    "Đường dây nóng: 0943 113 999",
    "",
  ].join("\n");
}

let knowledge: Promise<Knowledge> | undefined;
/** The repository's reference data as the extractor uses it (loaded and checked once per test process). */
export function repoKnowledge(): Promise<Knowledge> {
  knowledge ??= loadReference().then(({ data }) => knowledgeOf(data));
  return knowledge;
}

let dateWords: DatelineWords | undefined;
/** The repository lexicon's date-line words (portal labels, weekday names), compiled, for ingest calls in tests. */
export function repoDateWords(): DatelineWords {
  dateWords ??= compileDatelineWords(JSON.parse(readFileSync(new URL("../reference/lexicon.json", import.meta.url), "utf8")).date_line_words);
  return dateWords;
}
