// The soak test's server: the real one (startServer, SQLite, auth) in a child process forked with
// --expose-gc, so the test can ask it over IPC for its open rooms and its heap after a full
// collection. Creates SOAK_BOARDS boards in its store before it reports `ready`.
// Not a way to run Tavla: `npm start` runs server/main.ts.
import { createBoard } from '../../server/boards/createBoard.ts';
import { loadConfig } from '../../server/config.ts';
import { createStderrLogger } from '../../server/log.ts';
import { startServer } from '../../server/startServer.ts';

/** What the soak test asks and is told. */
export type SoakReply = { ready: { url: string; boardIds: string[] } } | { stats: { openRooms: number; heapUsed: number } };

const collect = (globalThis as { gc?: () => void }).gc;
if (!collect || !process.send) throw new Error('fork this with --expose-gc and an IPC channel');
const server = await startServer(loadConfig(), { logger: createStderrLogger('warn') });
const boardIds: string[] = [];
for (let i = 0; i < Number(process.env.SOAK_BOARDS ?? 0); i++) boardIds.push((await createBoard(server.storage, { title: `Tavla ${i}`, kind: 'general' })).id);

const reply = (message: SoakReply) => process.send!(message);
process.on('message', (message) => {
  if (message !== 'stats') return;
  // Two passes: the first may only queue finalizers whose memory the second frees.
  collect();
  collect();
  reply({ stats: { openRooms: server.registry.openRooms, heapUsed: process.memoryUsage().heapUsed } });
});
reply({ ready: { url: server.url, boardIds } });
