import { monitorEventLoopDelay } from 'node:perf_hooks';
import { cardId, editCard, hasEdit } from '../boardContent.ts';
import { connectAll } from '../connectAll.ts';
import { sampleProc, type ProcSummary } from '../servers/procStats.ts';
import { summarize, type LatencySummary } from '../stats.ts';
import type { BenchClient, Target } from '../target.ts';

export interface SteadyLoadOptions {
  boards: number;
  clientsPerBoard: number;
  cardsPerBoard: number;
  /** Each client edits once per this period… */
  periodMs: number;
  /** …for this long. */
  durationMs: number;
}

export interface SteadyLoadResult extends LatencySummary {
  edits: number;
  /** Edits some other client of the board never showed, plus client connection errors. */
  errors: number;
  server: ProcSummary;
  /** p99 event-loop delay of the bench process itself: if high, the clients, not the server, were the bottleneck. */
  clientLoopDelayP99: number;
}

interface Edit {
  card: string;
  marker: string;
  startedAt: number;
  /** Receivers (indexes in the board) that have not shown it yet. */
  waiting: Set<number>;
}

/** An edit not shown by all of its board's other clients within this time counts as an error. */
const TIMEOUT_MS = 5_000;

/**
 * `boards × clientsPerBoard` clients, each owning one card of its board and editing it once per
 * period at its own phase (spread evenly, so the load is steady). An edit's latency is the time
 * until every other client of its board shows it. Server CPU and RSS are sampled over the window.
 */
export async function steadyLoad(target: Target, options: SteadyLoadOptions): Promise<SteadyLoadResult> {
  const boardIds: string[] = [];
  for (let b = 0; b < options.boards; b++) boardIds.push(await target.createBoard(options.cardsPerBoard));
  const clients = await connectAll(target, boardIds.flatMap((id) => Array<string>(options.clientsPerBoard).fill(id)));
  const boards: BenchClient[][] = boardIds.map((_, b) => clients.slice(b * options.clientsPerBoard, (b + 1) * options.clientsPerBoard));
  const pending: Edit[][] = boardIds.map(() => []);
  const samples: number[] = [];
  let lost = 0;
  boards.forEach((members, b) =>
    members.forEach((client, i) =>
      client.doc.on('update', () => {
        for (const edit of pending[b]!) {
          if (!edit.waiting.has(i) || !hasEdit(client.doc, edit.card, edit.marker)) continue;
          edit.waiting.delete(i);
          if (edit.waiting.size === 0) {
            samples.push(performance.now() - edit.startedAt);
            pending[b]!.splice(pending[b]!.indexOf(edit), 1);
            break;
          }
        }
      }),
    ),
  );

  const loopDelay = monitorEventLoopDelay({ resolution: 10 });
  loopDelay.enable();
  const sampler = sampleProc(target.server.process.pid!);
  const timers: NodeJS.Timeout[] = [];
  let edits = 0;
  const end = performance.now() + options.durationMs;
  clients.forEach((client, k) => {
    const b = Math.floor(k / options.clientsPerBoard);
    const i = k % options.clientsPerBoard;
    const card = cardId(i);
    let n = 0;
    const edit = () => {
      if (performance.now() >= end) return;
      const others = new Set(boards[b]!.map((_, j) => j).filter((j) => j !== i));
      const record: Edit = { card, marker: `c${k}-${n++}`, startedAt: performance.now(), waiting: others };
      pending[b]!.push(record);
      edits++;
      editCard(client.doc, card, record.marker);
    };
    const phase = (k / clients.length) * options.periodMs;
    timers.push(
      setTimeout(() => {
        edit();
        timers.push(setInterval(edit, options.periodMs));
      }, phase),
    );
  });
  await new Promise((resolve) => setTimeout(resolve, options.durationMs));
  const server = sampler.stop();
  timers.forEach((timer) => clearTimeout(timer));
  // Let the last edits arrive, then count what never did.
  await new Promise((resolve) => setTimeout(resolve, TIMEOUT_MS));
  loopDelay.disable();
  for (const list of pending) lost += list.length;
  const errors = clients.reduce((sum, client) => sum + client.errors(), 0);
  clients.forEach((client) => client.destroy());
  return { ...summarize(samples), edits, errors: errors + lost, server, clientLoopDelayP99: loopDelay.percentile(99) / 1e6 };
}
