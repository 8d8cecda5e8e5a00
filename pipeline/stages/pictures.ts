import { DATASET } from "../package/about.ts";
import { renderPictures } from "../pictures/index.ts";
import { defineStage } from "./define.ts";

/**
 * Draws the dataset for people who would rather look than read: the charts
 * of the data card (SVG, with their Vega-Lite specs) and the explorer page,
 * from the validated tables. The package stage lists them in
 * datapackage.json; the build publishes them beside the tables.
 */
export const pictures = defineStage({
  id: "pictures",
  description: "draw the charts (SVG and their Vega-Lite specs) and the explorer page of every meeting with its evidence",
  version: 1,
  reads: ["tables"],
  writes: ["picture_files"],
  count: (out) => Object.keys(out.picture_files).length,
  async run({ tables }) {
    return { picture_files: await renderPictures(tables, DATASET.version) };
  },
});
