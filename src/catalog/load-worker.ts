/**
 * A loading thread (see parallel.ts): loads the files it is given with the pure `loadFile`
 * and posts the results back in one message.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { loadFile } from './load-file.js';
import type { WorkerJob } from './parallel.js';

const job = workerData as WorkerJob;
parentPort?.postMessage(job.files.map((f) => loadFile(f.file, f.bytes, job.limits, job.parser)));
