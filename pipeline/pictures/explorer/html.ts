import { fileURLToPath } from "node:url";
import type { ExplorerData } from "./model.ts";

/**
 * out/explorer/index.html: one file that opens from the file system with no
 * server and no network. The data is a JSON block in the page; the script
 * (page/main.ts and model.ts) is bundled and minified by esbuild at build
 * time and inlined; the style is inlined. A Content-Security-Policy allows
 * nothing to be fetched, so the page cannot reach the network even by
 * mistake. The same data gives the same bytes.
 */
const ROOT = fileURLToPath(new URL("../../..", import.meta.url));
const ENTRY = "pipeline/pictures/explorer/page/main.ts";

let bundled: Promise<string> | null = null;

/** The page's script, bundled once per process. */
export function pageScript(): Promise<string> {
  bundled ??= import("esbuild").then(async (esbuild) => {
    const r = await esbuild.build({
      absWorkingDir: ROOT,
      entryPoints: [ENTRY],
      bundle: true,
      write: false,
      format: "iife",
      target: "es2020",
      platform: "browser",
      minify: true,
      legalComments: "none",
      charset: "utf8",
      logLevel: "silent",
    });
    return r.outputFiles[0]!.text;
  });
  return bundled;
}

/** JSON that can sit inside a <script> element: no `<` (so no `</script>` or `<!--`), and no line separators. */
export function embedJSON(value: unknown): string {
  return JSON.stringify(value).replace(/</g, "\\u003c").replace(/\u2028/g, "\\u2028").replace(/\u2029/g, "\\u2029");
}

export interface PageLinks {
  /** Chart files beside the explorer's folder, as [title, path relative to the page]. */
  readonly charts: readonly (readonly [string, string])[];
}

export async function explorerHTML(data: ExplorerData, links: PageLinks, script?: string): Promise<string> {
  return renderPage(embedJSON(data), data, links, script ?? (await pageScript()));
}

/** The page around an already-serialised data block (tests pass a broken one). */
export function renderPage(dataJSON: string, data: Pick<ExplorerData, "version" | "meetings">, links: PageLinks, script: string): string {
  const nav = links.charts.map(([title, href]) => `<a href="${attr(href)}">${text(title)}</a>`).join(" · ");
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'; img-src data:">
<title>hoidam explorer: Vietnam–Japan defence meetings</title>
<style>${CSS}</style>
</head>
<body>
<header>
<h1>Vietnam–Japan defence meetings</h1>
<p>Every meeting in hoidam ${text(data.version)}, with who took part, what was agreed and the sentence each article reports it in. Open a meeting to see its sources. Charts: ${nav}.</p>
</header>
<main>
<form id="filters" role="search" aria-label="Filter meetings">
<div><label for="f-text">Search</label><input id="f-text" type="search" autocomplete="off" placeholder="name, place, agreement, words of the article"></div>
<div><label for="f-year">Year</label><select id="f-year"><option value="">all years</option></select></div>
<div><label for="f-type">Type</label><select id="f-type"><option value="">all types</option></select></div>
<div><label for="f-country">Held in</label><select id="f-country"><option value="">anywhere</option></select></div>
<div class="wide"><label for="f-person">Person</label><select id="f-person"><option value="">anyone</option></select></div>
<div><button type="reset">Clear filters</button></div>
</form>
<p id="status" role="status" aria-live="polite">Loading ${data.meetings.length} meetings…</p>
<ol id="meetings"></ol>
<button id="more" type="button" hidden>Show more</button>
</main>
<footer><p>Data: CC BY 4.0, hoidam contributors. Quoted sentences remain their outlets' work. Built from the published tables; see README.md and datapackage.json beside this folder.</p></footer>
<script id="data" type="application/json">${dataJSON}</script>
<script>${script.replace(/<\/script/gi, "<\\/script")}</script>
</body>
</html>
`;
}

function text(s: string): string {
  return s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

function attr(s: string): string {
  return text(s).replace(/"/g, "&quot;");
}

const CSS = `
:root{--fg:#1b1f24;--muted:#57606a;--line:#d0d7de;--bg:#fff;--soft:#f6f8fa;--mark:#fff3b0;--accent:#0b5cad;font-family:system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans",Arial,sans-serif;line-height:1.45;color:var(--fg);background:var(--bg)}
*{box-sizing:border-box}
body{margin:0 auto;max-width:60rem;padding:0 1rem 2rem}
h1{font-size:1.5rem;margin:1rem 0 .25rem}
h3{font-size:1rem;margin:1rem 0 .25rem}
a{color:var(--accent)}
:focus-visible{outline:3px solid #e36209;outline-offset:2px}
#filters{display:grid;grid-template-columns:repeat(auto-fit,minmax(11rem,1fr));gap:.5rem 1rem;padding:.75rem;background:var(--soft);border:1px solid var(--line);border-radius:6px}
#filters .wide{grid-column:span 2}
#filters label{display:block;font-size:.85rem;color:var(--muted)}
#filters input,#filters select,#filters button{width:100%;font:inherit;padding:.35rem;min-height:2.5rem;border:1px solid var(--line);border-radius:4px;background:#fff}
#filters button{cursor:pointer;margin-top:1.2rem}
#status{font-weight:600}
#meetings{list-style:none;padding:0;margin:0}
#meetings li{border-bottom:1px solid var(--line)}
summary{cursor:pointer;padding:.6rem .25rem;min-height:2.75rem}
summary:hover{background:var(--soft)}
.tag{display:inline-block;font-size:.8rem;padding:0 .4rem;border-radius:3px;background:#ddf4ff}
.type-talks{background:#dbe7f4}.type-reception{background:#fbf0c4}.type-call{background:#fbdcdc}.type-conference{background:#d9efd6}.type-signing{background:#d6efec}.type-dialogue{background:#fde3c8}
.fmt,.written,.source,.nourl,dt{color:var(--muted)}
.who{font-weight:600}
.body{padding:0 .25rem 1rem}
.facts{display:grid;grid-template-columns:max-content 1fr;gap:.1rem 1rem;margin:0}
.facts dd{margin:0;overflow-wrap:anywhere}
.scroll{overflow-x:auto}
table{border-collapse:collapse;margin:.5rem 0;font-size:.92rem}
caption{text-align:left;font-weight:600;padding:.25rem 0}
th,td{border:1px solid var(--line);padding:.25rem .4rem;text-align:left;vertical-align:top}
th{background:var(--soft)}
.report{border-left:3px solid var(--line);padding-left:.75rem;margin:.75rem 0}
.source{margin:.25rem 0;font-size:.9rem}
.headline{font-weight:600}
blockquote{margin:.25rem 0}
mark.evidence{background:var(--mark);padding:.1rem .15rem;box-decoration-break:clone;-webkit-box-decoration-break:clone}
mark .name{font-weight:700}
mark .fix{text-decoration:underline wavy #cf222e}
mark .fixnote{color:#116329;font-weight:600}
#more{font:inherit;margin:1rem 0;padding:.5rem 1rem;min-height:2.75rem}
footer{margin-top:2rem;font-size:.85rem;color:var(--muted)}
@media (max-width:30rem){#filters .wide{grid-column:auto}.facts{grid-template-columns:1fr}.facts dd{margin-bottom:.3rem}}
`.trim();
