// `npm run bench` (`npx tsx bench/run.ts`): the same workloads, in one run, against Tavla's
// server, the floor relay and Hocuspocus, each in its own child process, one after another.
// Prints one table and writes it with every raw figure to bench/results/<date>.json and latest.json.
// Flags: --quick (smaller sizes), --only fanout,store,load,memory,cold, --profile (CPU profile of
// Tavla's child into <tmpdir>/tavla-bench-profiles/, for `node --cpu-prof` viewers), --tavla-root <dir> (measure another checkout's server),
// --label <name> (names the results file, e.g. before; a labelled run leaves latest.json alone).
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, release, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { PLAIN_BOARD_ID, prepareColdBoard } from './coldBoard.ts';
import { FULL, QUICK } from './plan.ts';
import { floorTarget } from './servers/floorTarget.ts';
import { hocuspocusTarget } from './servers/hocuspocusTarget.ts';
import { ROOT } from './servers/spawnChild.ts';
import { tavlaTarget } from './servers/tavlaTarget.ts';
import { renderTable, type Figure } from './table.ts';
import { TARGET_NAMES, type Target, type TargetName } from './target.ts';
import { coldLoad } from './workloads/coldLoad.ts';
import { fanOut, type FanOutResult } from './workloads/fanOut.ts';
import { memoryPerBoard } from './workloads/memoryPerBoard.ts';
import { steadyLoad } from './workloads/steadyLoad.ts';
import { storeCost } from './workloads/storeCost.ts';

const { values: args } = parseArgs({ options: { quick: { type: 'boolean' }, only: { type: 'string' }, profile: { type: 'boolean' }, 'tavla-root': { type: 'string' }, label: { type: 'string' } } });
const plan = args.quick ? QUICK : FULL;
const only = new Set((args.only ?? 'fanout,store,load,memory,cold').split(','));
const profileDir = join(tmpdir(), 'tavla-bench-profiles');
const tavlaFlags = args.profile ? ['--cpu-prof', `--cpu-prof-dir=${profileDir}`] : [];
// Another checkout of Tavla to measure instead of this one (a before/after comparison); its server/main.ts runs.
const tavlaScript = args['tavla-root'] ? join(args['tavla-root'], 'server/main.ts') : undefined;
const tavlaOptions = { nodeFlags: tavlaFlags, ...(tavlaScript && { script: tavlaScript }) };
// Every y-websocket provider adds a process 'exit' listener; thousands of clients are intended.
process.setMaxListeners(0);

const dirs: string[] = [];
const freshDir = (): string => {
  const dir = mkdtempSync(join(tmpdir(), 'tavla-bench-'));
  dirs.push(dir);
  return dir;
};
const starters: Record<TargetName, () => Promise<Target>> = {
  tavla: () => tavlaTarget(freshDir(), tavlaOptions),
  floor: () => floorTarget(),
  hocuspocus: () => hocuspocusTarget(freshDir()),
};
const figures: Figure[] = [];
const raw: Record<string, unknown> = {};
const log = (message: string) => console.error(`[bench ${new Date().toISOString().slice(11, 19)}] ${message}`);
if (args.profile) log(`CPU profiles of Tavla's server go to ${profileDir}`);

// The load average shows how much else the (possibly shared) machine was doing meanwhile.
const machine = { cpu: cpus()[0]?.model ?? 'unknown', cores: cpus().length, memoryGB: Math.round(totalmem() / 2 ** 30), node: process.version, kernel: release(), loadAverageAtStart: loadavg() };
const startedAt = new Date().toISOString();

/** Writes what has been measured so far, so a run that fails late still leaves its figures. */
function save(): string {
  const table = renderTable(figures);
  const mode = `${args.quick ? 'quick' : 'full'}${args.label ? `-${args.label}` : ''}`;
  const result = { date: startedAt, mode, tavlaRoot: args['tavla-root'] ?? ROOT, machine: { ...machine, loadAverageAtEnd: loadavg() }, plan, figures, table, raw };
  const resultsDir = join(ROOT, 'bench/results');
  mkdirSync(resultsDir, { recursive: true });
  const json = `${JSON.stringify(result, null, 2)}\n`;
  writeFileSync(join(resultsDir, `${startedAt.replaceAll(':', '-').slice(0, 19)}-${result.mode}.json`), json);
  if (!args.label) writeFileSync(join(resultsDir, args.quick ? 'latest-quick.json' : 'latest.json'), json);
  return table;
}

/** Runs `work` against each server in turn, each freshly started and stopped after. */
async function eachTarget<T>(name: string, work: (target: Target) => Promise<T>): Promise<Record<TargetName, T>> {
  const results = {} as Record<TargetName, T>;
  for (const targetName of TARGET_NAMES) {
    log(`${name}: ${targetName}`);
    const target = await starters[targetName]();
    try {
      results[targetName] = await work(target);
    } finally {
      await target.stop();
    }
  }
  raw[name] = results;
  return results;
}
const per = <T>(results: Record<TargetName, T>, pick: (result: T) => number) =>
  Object.fromEntries(TARGET_NAMES.map((name) => [name, pick(results[name])])) as Record<TargetName, number>;

if (only.has('fanout')) {
  // All three servers run at once here (an idle one costs nothing) and take turns round by round.
  log('fan-out: tavla, floor and hocuspocus taking turns');
  const targets: Target[] = [];
  for (const name of TARGET_NAMES) targets.push(await starters[name]());
  const byN: Record<number, Record<TargetName, FanOutResult>> = {};
  try {
    for (const receivers of plan.fanOut.receivers) byN[receivers] = (await fanOut(targets, { ...plan.fanOut, receivers })) as Record<TargetName, FanOutResult>;
  } finally {
    await Promise.all(targets.map((target) => target.stop()));
  }
  raw.fanOut = byN;
  for (const n of plan.fanOut.receivers) {
    const results = byN[n]!;
    const goal = n === plan.fanOut.receivers.at(-1) ? '≤ 1.5× floor, < hocuspocus (p99)' : undefined;
    figures.push({ id: `fanout-${n}-p50`, label: `fan-out to ${n} clients, p50`, unit: 'ms', values: per(results, (r) => r.p50) });
    figures.push({ id: `fanout-${n}-p99`, label: `fan-out to ${n} clients, p99`, unit: 'ms', ...(goal && { goal }), values: per(results, (r) => r.p99) });
    figures.push({ id: `fanout-${n}-lost`, label: `fan-out to ${n} clients, lost edits + errors`, unit: 'count', values: per(results, (r) => r.lost + r.errors) });
  }
}
save();

if (only.has('store')) {
  log('store before relay: tavla on SQLite and on memory, alternating');
  const sqlite = await tavlaTarget(freshDir(), tavlaOptions);
  const memory = await tavlaTarget(freshDir(), { script: 'bench/servers/tavlaMemoryServer.ts' });
  try {
    const [onSqlite, onMemory] = await storeCost(sqlite, memory, plan.storeCost.rounds, plan.storeCost.cards);
    raw.storeCost = { sqlite: onSqlite, memory: onMemory };
    figures.push({ id: 'store-added-p50', label: 'storing before relaying adds, p50 (1 receiver, SQLite − memory)', unit: 'ms', goal: '< 1', values: { tavla: onSqlite.p50 - onMemory.p50 } });
  } finally {
    await Promise.all([sqlite.stop(), memory.stop()]);
  }
}
save();

if (only.has('load')) {
  const { boards, clientsPerBoard } = plan.load;
  const results = await eachTarget('load', (target) => steadyLoad(target, plan.load));
  const label = `${boards * clientsPerBoard} clients on ${boards} boards`;
  figures.push({ id: 'load-p50', label: `${label}, p50`, unit: 'ms', values: per(results, (r) => r.p50) });
  figures.push({ id: 'load-p99', label: `${label}, p99`, unit: 'ms', goal: '< 50', values: per(results, (r) => r.p99) });
  figures.push({ id: 'load-errors', label: `${label}, errors + lost edits`, unit: 'count', goal: '0', values: per(results, (r) => r.errors) });
  figures.push({ id: 'load-cpu', label: `${label}, server CPU (mean)`, unit: '% of a core', values: per(results, (r) => r.server.cpuPercent) });
  figures.push({ id: 'load-rss', label: `${label}, server RSS (peak)`, unit: 'MB', values: per(results, (r) => r.server.peakRssBytes / 2 ** 20) });
  figures.push({ id: 'load-client-lag', label: `${label}, bench process event-loop delay p99`, unit: 'ms', values: per(results, (r) => r.clientLoopDelayP99) });
}
save();

if (only.has('memory')) {
  const results = await eachTarget('memory', (target) => memoryPerBoard(target, plan.memory.boards, plan.memory.cards));
  figures.push({ id: 'memory-heap', label: `heap per idle open board (${plan.memory.cards} cards, 1 client)`, unit: 'KB', goal: '< 200', values: per(results, (r) => r.heapPerBoard / 1024) });
  figures.push({ id: 'memory-rss', label: `RSS per idle open board (${plan.memory.cards} cards, 1 client)`, unit: 'KB', values: per(results, (r) => r.rssPerBoard / 1024) });
}
save();

if (only.has('cold')) {
  const { cards, history, trialsBefore, trialsAfter } = plan.cold;
  log(`cold load: building a board of ${cards} cards and ${history} updates`);
  const files = await prepareColdBoard(freshDir(), cards, history);
  const startTavla = (dir: string) => tavlaTarget(dir, tavlaOptions);
  const startHocuspocus = (dir: string) => hocuspocusTarget(dir);
  const cold: Record<string, Awaited<ReturnType<typeof coldLoad>>> = {};
  for (const warm of [false, true]) {
    const when = warm ? 'warm' : 'fresh';
    log(`cold load (${when} server): tavla before compaction, tavla after, hocuspocus`);
    cold[`tavla-before-${when}`] = await coldLoad(startTavla, files.tavlaBefore, trialsBefore, cards, warm);
    cold[`tavla-after-${when}`] = await coldLoad(startTavla, files.tavlaAfter, trialsAfter, cards, warm);
    cold[`hocuspocus-${when}`] = await coldLoad(startHocuspocus, files.hocuspocus, trialsAfter, cards, warm);
  }
  log('cold load (warm server): the same cards without history, tavla and hocuspocus');
  cold['tavla-plain'] = await coldLoad(startTavla, files.tavlaAfter, trialsAfter, cards, true, PLAIN_BOARD_ID);
  cold['hocuspocus-plain'] = await coldLoad(startHocuspocus, files.hocuspocus, trialsAfter, cards, true, PLAIN_BOARD_ID);
  raw.cold = { files, ...cold };
  const label = `cold load, ${cards} cards + ${history} updates`;
  for (const when of ['fresh', 'warm']) {
    const server = when === 'fresh' ? 'first request of a fresh server' : 'server already warm';
    figures.push({ id: `cold-before-${when}`, label: `${label}, before compaction (${server})`, unit: 'ms', values: { tavla: cold[`tavla-before-${when}`]!.ms } });
    figures.push({ id: `cold-after-${when}`, label: `${label}, after compaction (${server}; Hocuspocus: its stored state)`, unit: 'ms', goal: '< 100', values: { tavla: cold[`tavla-after-${when}`]!.ms, hocuspocus: cold[`hocuspocus-${when}`]!.ms } });
  }
  figures.push({ id: 'cold-plain', label: `cold load, the same ${cards} cards without history (server already warm)`, unit: 'ms', values: { tavla: cold['tavla-plain']!.ms, hocuspocus: cold['hocuspocus-plain']!.ms } });
  figures.push({ id: 'cold-log-bytes', label: 'cold board stored: update log before compaction', unit: 'KB', values: { tavla: files.logBytes / 1024 } });
  figures.push({ id: 'cold-snapshot-bytes', label: 'cold board stored: compacted snapshot', unit: 'KB', values: { tavla: files.snapshotBytes / 1024, hocuspocus: files.snapshotBytes / 1024 } });
  figures.push({ id: 'cold-plain-bytes', label: 'the same cards without history, stored', unit: 'KB', values: { tavla: files.plainBytes / 1024, hocuspocus: files.plainBytes / 1024 } });
}

save();

console.log(`\n${save()}\n`);
console.log(`machine: ${machine.cpu}, ${machine.cores} cores, ${machine.memoryGB} GB, Node ${machine.node}`);
dirs.forEach((dir) => rmSync(dir, { recursive: true, force: true }));
process.exit(0);
