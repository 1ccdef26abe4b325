// Entry of the generator's worker thread: registers tsx's loader (a worker does not inherit it reliably
// on Node 20), then runs the TypeScript worker.
import { register } from 'tsx/esm/api';

register();
await import('./seed-worker.ts');
