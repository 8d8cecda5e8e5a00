// Entry point of a worker thread of pool.ts. On Node 20 a worker thread does
// not get the TypeScript loader that `node --import tsx` installed in the main
// thread, so it registers tsx itself before loading the worker's code.
import { register } from "tsx/esm/api";

register();
await import("./pool-worker.ts");
