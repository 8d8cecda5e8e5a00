import { mkdir, readFile, readdir, rename, writeFile } from "node:fs/promises";
import { join, relative, sep } from "node:path";
import { fileURLToPath } from "node:url";
import { PipelineError } from "../core/errors.ts";
import { sha256 } from "../core/hash.ts";
import { STAMP } from "../core/publish.ts";
import { DATASET } from "../package/about.ts";
import { tarGz, type TarFile } from "./tar.ts";

/**
 * `npm run release`: packs a built out/ folder into
 * `dist/hoidam-<version>.tar.gz`, everything under one `hoidam-<version>/`
 * folder:
 *
 *   csv/ arrow/ parquet/ xlsx-safe/   the tables (from out/)
 *   charts/ explorer/                 the charts and the explorer page (from out/)
 *   datapackage.json README.md        their description and data card (from out/)
 *   CITATION.cff CHANGELOG.md         from the repository
 *   LICENSE LICENSE-DATA              code (MIT) and data (CC BY 4.0) licences
 *   SHA256SUMS                        `sha256sum -c` checks every other file
 *
 * The same out/ gives the same archive bytes (see tar.ts). File times are
 * $SOURCE_DATE_EPOCH when set, else 0.
 */
/** The repository, where CITATION.cff, CHANGELOG.md and the licences are. */
const ROOT = fileURLToPath(new URL("../..", import.meta.url));

/** Files of the repository that go into every release. */
export const REPO_FILES = ["CITATION.cff", "CHANGELOG.md", "LICENSE", "LICENSE-DATA"] as const;

export interface ReleaseResult {
  readonly path: string;
  readonly bytes: number;
  readonly sha256: string;
  /** Paths inside the archive's folder, sorted. */
  readonly files: readonly string[];
}

export async function packRelease(opts: { outDir: string; distDir: string; root?: string; mtime?: number }): Promise<ReleaseResult> {
  const root = opts.root ?? ROOT;
  const files = await readOut(opts.outDir);
  checkDatapackage(files, opts.outDir);
  for (const name of REPO_FILES) {
    const bytes = await readFile(join(root, name)).catch(() => null);
    if (!bytes) throw new PipelineError(`release: ${name} is missing from ${root}`);
    files.set(name, bytes);
  }
  checkVersionStated(files);
  const paths = [...files.keys()].sort(byteOrder);
  files.set("SHA256SUMS", Buffer.from(paths.map((p) => `${sha256(files.get(p)!)}  ${p}\n`).join("")));

  const folder = `${DATASET.name}-${DATASET.version}`;
  const entries: TarFile[] = [...files].map(([path, bytes]) => ({ path: `${folder}/${path}`, bytes }));
  const archive = tarGz(entries, opts.mtime ?? sourceDateEpoch());
  const target = join(opts.distDir, `${folder}.tar.gz`);
  await mkdir(opts.distDir, { recursive: true });
  const tmp = `${target}.tmp-${process.pid}`;
  await writeFile(tmp, archive);
  await rename(tmp, target);
  return { path: target, bytes: archive.length, sha256: sha256(archive), files: [...files.keys()].sort(byteOrder) };
}

/** Every file of a built out/ folder, by relative path, without the build stamp. */
async function readOut(outDir: string): Promise<Map<string, Uint8Array>> {
  const names = await readdir(outDir).catch(() => null);
  if (!names?.includes(STAMP)) throw new PipelineError(`release: ${outDir} is not a hoidam build (no ${STAMP}); run \`npm run build-data\` first`);
  const files = new Map<string, Uint8Array>();
  for (const e of await readdir(outDir, { recursive: true, withFileTypes: true })) {
    if (!e.isFile()) continue;
    const path = relative(outDir, join(e.parentPath, e.name)).split(sep).join("/");
    if (path !== STAMP) files.set(path, await readFile(join(outDir, path)));
  }
  return files;
}

/** Every file datapackage.json lists is there, with the size and hash it states. */
function checkDatapackage(files: ReadonlyMap<string, Uint8Array>, outDir: string): void {
  const dp = files.get("datapackage.json");
  if (!dp) throw new PipelineError(`release: ${outDir} has no datapackage.json; rebuild it with \`npm run build-data\``);
  const resources = (JSON.parse(Buffer.from(dp).toString("utf8")) as { resources: { path: string; bytes: number; hash: string }[] }).resources;
  for (const r of resources) {
    const bytes = files.get(r.path);
    if (!bytes || bytes.length !== r.bytes || `sha256:${sha256(bytes)}` !== r.hash) {
      throw new PipelineError(`release: ${r.path} in ${outDir} is missing or differs from datapackage.json; rebuild with \`npm run build-data\``);
    }
  }
}

/** CITATION.cff and CHANGELOG.md must speak of the version being released. */
function checkVersionStated(files: ReadonlyMap<string, Uint8Array>): void {
  const v = DATASET.version.replace(/\./g, "\\.");
  const text = (name: string) => Buffer.from(files.get(name)!).toString("utf8");
  if (!new RegExp(`^version: "?${v}"?\\s*$`, "m").test(text("CITATION.cff"))) throw new PipelineError(`release: CITATION.cff does not state version ${DATASET.version} (package.json's)`);
  if (!new RegExp(`^## \\[?${v}\\]?`, "m").test(text("CHANGELOG.md"))) throw new PipelineError(`release: CHANGELOG.md has no entry for ${DATASET.version}; say what changed in the data and schemas`);
}

function sourceDateEpoch(): number {
  const s = process.env.SOURCE_DATE_EPOCH;
  if (s === undefined || s === "") return 0;
  if (!/^\d+$/.test(s)) throw new PipelineError(`SOURCE_DATE_EPOCH must be a number of seconds, not '${s}'`);
  return Number(s);
}

function byteOrder(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
