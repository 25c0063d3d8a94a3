#!/usr/bin/env node
// Keeps N cores busy, to check that the suite and `npm start` hold on a loaded machine:
//   node scripts/cpu-hog.mjs 2 &     (N busy loops; stops by itself after 90 minutes, or on Ctrl-C / kill)
//   node scripts/cpu-hog.mjs 2 600   (the same for 600 seconds)
import { Worker, isMainThread, workerData } from 'node:worker_threads';

if (isMainThread) {
  const loops = Number(process.argv[2] ?? 2);
  const seconds = Number(process.argv[3] ?? 90 * 60);
  if (!Number.isInteger(loops) || loops < 1 || !(seconds > 0)) {
    console.error('usage: node scripts/cpu-hog.mjs LOOPS [SECONDS]');
    process.exit(2);
  }
  const until = Date.now() + seconds * 1000;
  const workers = Array.from({ length: loops }, () => new Worker(new URL(import.meta.url), { workerData: { until } }));
  console.log(`[cpu-hog] ${loops} busy loop(s) for up to ${seconds} s (pid ${process.pid})`);
  const stop = () => {
    for (const w of workers) w.terminate();
    process.exit(0);
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  let left = loops;
  for (const w of workers) w.on('exit', () => --left === 0 && process.exit(0));
} else {
  // Spin: a little arithmetic, checking the clock now and then.
  let x = 0;
  while (Date.now() < workerData.until) {
    for (let i = 0; i < 5_000_000; i += 1) x = (x * 31 + i) % 1_000_003;
  }
}
