import type { Artifacts } from "../artifacts.ts";
import type { AnyStage } from "../core/stage.ts";
import type { TableSpec } from "../schema/tables.ts";
import { articles } from "./articles.ts";
import { dedupe } from "./dedupe.ts";
import { extract } from "./extract.ts";
import { ingest } from "./ingest.ts";
import { createPackageStage } from "./package.ts";
import { pictures } from "./pictures.ts";
import { reference } from "./reference.ts";
import { translate } from "./translate.ts";
import { createValidateStage } from "./validate.ts";
import { createWriteStage } from "./write.ts";

/**
 * Every stage of the pipeline. The order of this list does not matter: the
 * DAG is built from what each stage reads and writes.
 */
export function pipelineStages(specs: readonly TableSpec[]): AnyStage<Artifacts>[] {
  const stages: AnyStage<Artifacts>[] = [ingest, dedupe, articles, reference, translate, extract, createValidateStage(specs), createWriteStage(specs), pictures];
  return [...stages, createPackageStage(specs, stages)]; // the package stage lists the others in the data card
}
