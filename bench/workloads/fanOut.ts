import { cardId, editCard, hasEdit } from '../boardContent.ts';
import { connectAll } from '../connectAll.ts';
import { summarize, type LatencySummary } from '../stats.ts';
import type { BenchClient, Target, TargetName } from '../target.ts';

export interface FanOutOptions {
  receivers: number;
  /** Measured edits per server; a few unmeasured ones come first to warm up. */
  rounds: number;
  /** Cards on the board. */
  cards: number;
}

export interface FanOutResult extends LatencySummary {
  /** Edits some receiver never showed within the timeout. */
  lost: number;
  errors: number;
}

const WARM_UP = 5;
/** An edit not shown by every receiver this long after it was made counts as lost. */
const TIMEOUT_MS = 10_000;

/** One server's board with its writer and receivers, ready to time edits. */
class FanOutBoard {
  readonly samples: number[] = [];
  lost = 0;
  private round: { card: string; marker: string; seen: Set<number>; lastAt: number; done(): void } | undefined;

  constructor(
    readonly writer: BenchClient,
    readonly receivers: BenchClient[],
  ) {
    receivers.forEach((receiver, i) =>
      receiver.doc.on('update', () => {
        const round = this.round;
        if (!round || round.seen.has(i) || !hasEdit(receiver.doc, round.card, round.marker)) return;
        round.seen.add(i);
        round.lastAt = performance.now();
        if (round.seen.size === receivers.length) round.done();
      }),
    );
  }

  /** The writer edits one card; resolves with the time until the last receiver shows it, or undefined when one never does. */
  async time(card: string, marker: string): Promise<number | undefined> {
    let timer: NodeJS.Timeout | undefined;
    const arrived = new Promise<boolean>((resolve) => {
      this.round = { card, marker, seen: new Set(), lastAt: 0, done: () => resolve(true) };
      timer = setTimeout(() => resolve(false), TIMEOUT_MS);
    });
    const startedAt = performance.now();
    editCard(this.writer.doc, card, marker);
    const complete = await arrived;
    clearTimeout(timer);
    return complete ? this.round!.lastAt - startedAt : undefined;
  }

  close(): number {
    const clients = [this.writer, ...this.receivers];
    const errors = clients.reduce((sum, client) => sum + client.errors(), 0);
    clients.forEach((client) => client.destroy());
    return errors;
  }
}

/**
 * One writer and `receivers` receivers on one board of each server. Each round the writer makes
 * a small card edit; the sample is the time from just before the local change until the last
 * receiver's document shows it (all clients live in this process: one performance.now() clock).
 * The servers take turns round by round, the first one rotating, so that the background load of a
 * shared machine falls on all of them alike instead of on whichever ran during a busy minute.
 */
export async function fanOut(targets: readonly Target[], options: FanOutOptions): Promise<Partial<Record<TargetName, FanOutResult>>> {
  const boards: FanOutBoard[] = [];
  for (const target of targets) {
    const boardId = await target.createBoard(options.cards);
    const [writer, ...receivers] = await connectAll(target, Array<string>(options.receivers + 1).fill(boardId));
    boards.push(new FanOutBoard(writer!, receivers));
  }
  for (let r = 0; r < WARM_UP + options.rounds; r++) {
    for (let k = 0; k < boards.length; k++) {
      const board = boards[(r + k) % boards.length]!;
      const latency = await board.time(cardId(r % options.cards), `fan-${r}`);
      if (r >= WARM_UP) {
        if (latency === undefined) board.lost++;
        else board.samples.push(latency);
      }
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
  }
  return Object.fromEntries(targets.map((target, i) => [target.name, { ...summarize(boards[i]!.samples), lost: boards[i]!.lost, errors: boards[i]!.close() }]));
}
