// Entry of the derive worker thread: registers tsx, then loads the TypeScript worker (Node 20 workers do not
// apply --import hooks to their entry module).
import { register } from 'tsx/esm/api';

register();
await import('./derive-worker.ts');
