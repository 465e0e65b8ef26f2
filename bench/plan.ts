/** The sizes of every workload; `--quick` runs the same workloads smaller, for development. */
export interface BenchPlan {
  fanOut: { receivers: number[]; rounds: number; cards: number };
  load: { boards: number; clientsPerBoard: number; cardsPerBoard: number; periodMs: number; durationMs: number };
  cold: { cards: number; history: number; trialsBefore: number; trialsAfter: number };
  memory: { boards: number; cards: number };
  /** Fan-out to one receiver, Tavla on SQLite against Tavla on memory: what storing before relaying adds. */
  storeCost: { rounds: number; cards: number };
}

/** Boards in the real seed material hold 8-17 cards; the bench uses busier ones. */
export const FULL: BenchPlan = {
  fanOut: { receivers: [50, 200], rounds: 500, cards: 100 },
  load: { boards: 200, clientsPerBoard: 10, cardsPerBoard: 20, periodMs: 5_000, durationMs: 60_000 },
  cold: { cards: 1_000, history: 100_000, trialsBefore: 3, trialsAfter: 5 },
  memory: { boards: 200, cards: 20 },
  storeCost: { rounds: 300, cards: 100 },
};

export const QUICK: BenchPlan = {
  fanOut: { receivers: [10, 50], rounds: 40, cards: 100 },
  load: { boards: 20, clientsPerBoard: 10, cardsPerBoard: 20, periodMs: 5_000, durationMs: 15_000 },
  cold: { cards: 1_000, history: 10_000, trialsBefore: 1, trialsAfter: 2 },
  memory: { boards: 40, cards: 20 },
  storeCost: { rounds: 60, cards: 100 },
};
