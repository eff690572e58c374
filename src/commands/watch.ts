/**
 * `bitext check --watch`: check once, then again whenever a file the check reads changes
 * (corpus, alignments and review decisions, config, baseline, termbase, word list), until
 * Ctrl-C. The process stays up, so a re-check after editing one pair costs that pair's
 * computation and the outputs: dictionaries, the termbase and the other pairs' results (kept
 * in memory, ci/runner.ts) are already there. File events come from chokidar (the file
 * watcher of webpack, Vite and Jest: inotify on Linux, FSEvents on macOS, with the editors'
 * atomic-save quirks handled), debounced so that a save touching several files is one re-check.
 */
import { statSync } from 'node:fs';
import { relative, resolve, sep } from 'node:path';
import { watch } from 'chokidar';
import { InputError, EXIT_OK } from '../errors.js';
import { statStamp } from '../util/stamp.js';

export interface WatchOptions {
  /** Files and folders whose changes start a re-check. */
  paths: string[];
  /** Folders and files that are the tool's own output: their changes never start a re-check. */
  ignored: string[];
  /** One check; calls `wrote` with the files it wrote inside the watched paths. */
  run: (wrote: (paths: string[]) => void) => Promise<number>;
  log: (line: string) => void;
  /** Run once after the first check, while nothing has changed yet: load what re-checks need. */
  warmUp?: () => void;
  /** Quiet time after the last event before re-checking (ms). */
  debounceMs?: number;
  /** Stops watching (default: SIGINT or SIGTERM). */
  signal?: AbortSignal;
}

const stampOf = (path: string): string | undefined => {
  try { return statStamp(statSync(path)); } catch { return undefined; }
};

/** Temp files of atomic writes (ours and editors'), lock folders, editor swap and backup files. */
function isScratch(path: string): boolean {
  const name = path.slice(path.lastIndexOf(sep) + 1);
  return /^\..*\.(tmp|swp|swx)$/.test(name) || name.endsWith('~') || /\.lock(?:$|\/)/.test(path) || path.split(sep).some((p) => p.endsWith('.lock'));
}

export async function watchRuns(opts: WatchOptions): Promise<number> {
  const ignored = opts.ignored.map((p) => resolve(p));
  const inside = (path: string, dir: string) => path === dir || path.startsWith(dir + sep);
  /** Files the last run wrote, with their stamps then: an event for them with that stamp is our own write. */
  const own = new Map<string, string | undefined>();
  const wrote = (paths: string[]) => { for (const p of paths) own.set(resolve(p), stampOf(p)); };
  const once = async (): Promise<void> => {
    own.clear();
    try {
      await opts.run(wrote);
    } catch (e) {
      if (!(e instanceof InputError)) throw e;
      opts.log(e.format()); // a broken file: say so and wait for the fix
    }
  };

  await once();
  const watcher = watch(opts.paths.filter((p) => stampOf(p) !== undefined), {
    ignoreInitial: true,
    ignored: (path: string) => {
      const abs = resolve(path);
      return ignored.some((d) => inside(abs, d)) || isScratch(abs);
    },
  });
  await new Promise<void>((ok, fail) => { watcher.once('ready', ok); watcher.once('error', fail); });
  // events that arrive meanwhile wait in the queue: the first re-check starts after it
  opts.warmUp?.();
  opts.log(`bitext: watching ${opts.paths.map((p) => relative(process.cwd(), resolve(p)) || '.').join(', ')} for changes (Ctrl-C to stop)`);

  let changed: string[] = [];
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> | undefined;
  let failed: unknown;
  const recheck = async (): Promise<void> => {
    const paths = changed;
    changed = [];
    const t0 = performance.now();
    await once();
    // name a file that is still there (an editor's or sed's temp file is gone again)
    const named = paths.find((p) => stampOf(p) !== undefined) ?? paths[0];
    const what = `${relative(process.cwd(), named)}${paths.length > 1 ? ` and ${paths.length - 1} more` : ''}`;
    opts.log(`bitext: re-checked after a change to ${what} in ${((performance.now() - t0) / 1000).toFixed(2)} s`);
  };
  const schedule = () => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      if (running) return; // the run in progress schedules the next one when it ends
      running = recheck().catch((e) => { failed = e; stop(); }).finally(() => {
        running = undefined;
        if (changed.length) schedule();
      });
    }, opts.debounceMs ?? 100);
  };
  watcher.on('all', (_event: string, path: string) => {
    const abs = resolve(path);
    if (own.has(abs) && own.get(abs) === stampOf(abs)) return;
    own.delete(abs);
    if (!changed.includes(abs)) changed.push(abs);
    schedule();
  });

  let stop: () => void = () => undefined;
  await new Promise<void>((done) => {
    const signals = ['SIGINT', 'SIGTERM'] as const;
    stop = () => {
      for (const s of signals) process.off(s, stop);
      done();
    };
    if (opts.signal) {
      if (opts.signal.aborted) stop();
      else opts.signal.addEventListener('abort', stop, { once: true });
    } else {
      for (const s of signals) process.on(s, stop);
    }
  });
  clearTimeout(timer);
  await running;
  await watcher.close();
  if (failed) throw failed;
  return EXIT_OK;
}
