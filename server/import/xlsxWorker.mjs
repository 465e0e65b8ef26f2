// The XLSX parse's worker thread (IMP8). The server runs from its TypeScript sources (tsx under
// `npm start`, `npm run dev` and the tests alike), and a worker starts with none of its parent's
// loaders (XlsxReader gives it no execArgv), so it registers tsx itself before the parse's module.
import { register } from 'tsx/esm/api';

register();
await import('./xlsxWorkerMain.ts');
