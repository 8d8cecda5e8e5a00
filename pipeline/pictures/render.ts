import type { Chart } from "./charts.ts";

/**
 * Vega-Lite spec → SVG, in Node, without a browser or a canvas. What could
 * make two renders of one spec differ is pinned here:
 *
 * - vega numbers its clip paths and gradients from a counter shared by the
 *   process (`resetSVGDefIds` puts it back before each chart);
 * - text widths are measured with node-canvas when that package happens to
 *   be installed, else estimated from the characters: always estimated here,
 *   so a machine with canvas draws the same layout;
 * - dates are on UTC scales (charts.ts), so the time zone does not matter;
 * - numbers in the SVG are rounded to 2 decimals, so that last-bit
 *   differences in floating point do not reach the file.
 */
export async function renderSVG(chart: Chart): Promise<string> {
  const [vega, vl] = await Promise.all([import("vega"), import("vega-lite")]);
  // vega-scenegraph's textMetrics is exported but not in vega's type declarations
  const metrics = (vega as unknown as { textMetrics: { width: unknown; estimateWidth: unknown } }).textMetrics;
  metrics.width = metrics.estimateWidth;
  const compiled = vl.compile(chart.spec as unknown as Parameters<typeof vl.compile>[0]).spec;
  const view = new vega.View(vega.parse(compiled), { renderer: "none" });
  try {
    vega.resetSVGDefIds();
    const svg = await view.toSVG();
    return `${roundNumbers(svg)}\n`;
  } finally {
    view.finalize();
  }
}

/** Decimal numbers with more than 2 decimals, outside of words (ids like `clip3` have none). */
function roundNumbers(svg: string): string {
  return svg.replace(/(?<![\w#])-?\d+\.\d{3,}/g, (n) => {
    const r = Math.round(Number(n) * 100) / 100;
    return String(Object.is(r, -0) ? 0 : r);
  });
}
