import type { OutputFiles, ValidatedTables } from "../artifacts.ts";
import { sha256 } from "../core/hash.ts";
import { charts } from "./charts.ts";
import { explorerData } from "./explorer/data.ts";
import { explorerHTML } from "./explorer/html.ts";
import { renderSVG } from "./render.ts";

/**
 * The pictures of the dataset, as files under out/:
 *
 *   charts/<name>.svg       a chart, rendered at build time
 *   charts/<name>.vl.json   its Vega-Lite spec, data inline, to restyle it
 *   explorer/index.html     every meeting with its evidence, one page
 *
 * `describe` says what each file is, for datapackage.json and the data card.
 */
export const EXPLORER_PATH = "explorer/index.html";
export const chartPath = (name: string, ext: "svg" | "vl.json") => `charts/${name}.${ext}`;

export async function renderPictures(tables: ValidatedTables, version: string): Promise<OutputFiles> {
  const encoder = new TextEncoder();
  const files: Record<string, Uint8Array> = {};
  const list = charts(tables);
  for (const chart of list) {
    files[chartPath(chart.name, "vl.json")] = encoder.encode(`${JSON.stringify(chart.spec, null, 2)}\n`);
    files[chartPath(chart.name, "svg")] = encoder.encode(await renderSVG(chart));
  }
  const links = list.map((c) => [c.title, `../${chartPath(c.name, "svg")}`] as const);
  files[EXPLORER_PATH] = encoder.encode(await explorerHTML(explorerData(tables, version), { charts: links }));
  return files;
}

export type PictureResource = {
  readonly name: string;
  readonly path: string;
  readonly title: string;
  readonly description: string;
  readonly format: string;
  readonly mediatype: string;
  readonly bytes: number;
  readonly hash: string;
};

/** Each picture file as a (non-tabular) Data Package resource, charts in the order of charts.ts, then the explorer. */
export function describePictures(files: OutputFiles, tables: ValidatedTables): PictureResource[] {
  const out: PictureResource[] = [];
  const add = (path: string, name: string, title: string, description: string, format: string, mediatype: string) => {
    const bytes = files[path];
    if (!bytes) throw new Error(`pictures: ${path} was not rendered`);
    out.push({ name, path, title, description, format, mediatype, bytes: bytes.length, hash: `sha256:${sha256(bytes)}` });
  };
  for (const c of charts(tables)) {
    add(chartPath(c.name, "svg"), `chart-${c.name}`, `Chart: ${c.title}`, c.description, "svg", "image/svg+xml");
    add(chartPath(c.name, "vl.json"), `chart-${c.name}-spec`, `Vega-Lite spec: ${c.title}`, `The Vega-Lite (v6) specification of charts/${c.name}.svg, with its data inline: edit it to restyle the chart.`, "json", "application/json");
  }
  add(EXPLORER_PATH, "explorer", "Explorer: every meeting with its evidence", "One HTML page, opened from the file system without a server or network: every meeting with its participants, agreements and reporting articles, the evidence sentence highlighted; filters by year, type, place, person and full-text search.", "html", "text/html");
  return out;
}
