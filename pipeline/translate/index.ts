/** Language core of the translate-fix stage: orthography, pinyin generation, tolerant matching. */
export type * from "./types.ts";
export * from "./syllables.ts";
export * from "./pinyin.ts";
export * from "./match.ts";
export { tokenize, isNameLike } from "./tokens.ts";
export type { Token } from "./tokens.ts";
