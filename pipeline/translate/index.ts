/** The translate-fix stage's own core: pinyin generation and tolerant matching (orthography lives in ../lang/). */
export type * from "./types.ts";
export * from "./pinyin.ts";
export * from "./match.ts";
