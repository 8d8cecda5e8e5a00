import type { Artifacts } from "../artifacts.ts";
import { defineStage as define } from "../core/stage.ts";

/** `defineStage` bound to this pipeline's artifacts. */
export const defineStage = define<Artifacts>();
