import { readFileSync } from "node:fs";

/**
 * What the published dataset says about itself: name, version, licence,
 * how to cite. `datapackage.json`, the data card (`out/README.md`) and the
 * release read it from here; `CITATION.cff` at the repository root states
 * the same (test/package.test.ts checks that they agree).
 *
 * The version is package.json's: bump it there, and record what changed in
 * the data or the schemas in CHANGELOG.md.
 */
const pkg = JSON.parse(readFileSync(new URL("../../package.json", import.meta.url), "utf8")) as { name: string; version: string; description: string };

export const DATASET = {
  name: pkg.name,
  version: pkg.version,
  title: "hoidam: Vietnam–Japan defence meetings from Vietnamese news",
  description: pkg.description,
  authors: "The hoidam contributors",
  keywords: ["Vietnam", "Japan", "defence diplomacy", "military cooperation", "news", "event data"],
  /** The data (everything under out/). */
  dataLicence: {
    name: "CC-BY-4.0",
    title: "Creative Commons Attribution 4.0 International",
    path: "https://creativecommons.org/licenses/by/4.0/",
  },
  /** The code that builds it. */
  codeLicence: { name: "MIT", title: "MIT License" },
} as const;

/** The citation, as one line of text (CITATION.cff has it for citation managers). */
export function citation(): string {
  return `${DATASET.authors}. ${DATASET.title}. Version ${DATASET.version}. Data set, ${DATASET.dataLicence.title} (${DATASET.dataLicence.name}).`;
}
