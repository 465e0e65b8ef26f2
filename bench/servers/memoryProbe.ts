// Preloaded (`--import`) into every benchmarked server child, the same for all three, so the
// bench can ask for the heap after a full collection: the parent sends 'memory' over the IPC
// channel and gets `{ memory: process.memoryUsage() }` back. Needs `--expose-gc`. It adds one
// message listener and nothing else, so the server under test runs as it otherwise would.

const collect = (globalThis as { gc?: () => void }).gc;

process.on('message', (message) => {
  if (message !== 'memory') return;
  // Two passes: the first may only queue finalizers whose memory the second frees.
  collect?.();
  collect?.();
  process.send?.({ memory: process.memoryUsage() });
});
// The channel must not keep a server alive that wants to exit (SIGTERM → process.exit anyway, but be sure).
process.channel?.unref();

export {};
