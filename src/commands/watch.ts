/**
 * `bitext check --watch`: check once, then again whenever a file the check reads changes
 * (corpus, alignments and review decisions, config, baseline, termbase, word list), until
 * Ctrl-C. The process stays up, so a re-check after editing one pair costs that pair's
 * computation and the outputs: dictionaries, the termbase and the other pairs' results (kept
 * in memory, ci/runner.ts) are already there. File events come from chokidar (the file
 * watcher of webpack, Vite and Jest: inotify on Linux, FSEvents on macOS, with the editors'
 * atomic-save quirks handled), debounced so that a save touching several files is one re-check.
 */
import { existsSync } from 'node:fs';
import { dirname, relative, resolve, sep } from 'node:path';
import { watch } from 'chokidar';
import { InputError, EXIT_OK } from '../errors.js';
import { stampOf, type Written } from '../util/stamp.js';

export interface WatchOptions {
  /**
   * Files and folders whose changes start a re-check, asked again after every check (the
   * config may name another termbase). Missing ones are watched for: their creation counts.
   */
  paths: () => string[];
  /** Folders and files that are the tool's own output: their changes never start a re-check. */
  ignored: string[];
  /** One check; calls `wrote` with the files it wrote inside the watched paths. */
  run: (wrote: (files: Written[]) => void) => Promise<number>;
  log: (line: string) => void;
  /** Run once after the first check: load what re-checks need. */
  warmUp?: () => void;
  /** Quiet time after the last event before re-checking (ms). */
  debounceMs?: number;
  /** Stops watching (default: SIGINT or SIGTERM). */
  signal?: AbortSignal;
}

const inside = (path: string, dir: string) => path === dir || path.startsWith(dir + sep);

/** Temp files of atomic writes (ours and editors'), lock folders, editor swap and backup files. */
function isScratch(path: string): boolean {
  const name = path.slice(path.lastIndexOf(sep) + 1);
  return /^\..*\.(tmp|swp|swx)$/.test(name) || name.endsWith('~') || path.split(sep).some((p) => p.endsWith('.lock'));
}

/** The path itself if it exists, else its nearest existing folder (watched for the path to appear). */
function anchor(path: string): string {
  let p = path;
  while (!existsSync(p) && dirname(p) !== p) p = dirname(p);
  return p;
}

export async function watchRuns(opts: WatchOptions): Promise<number> {
  const ignored = opts.ignored.map((p) => resolve(p));
  let targets = opts.paths().map((p) => resolve(p));
  /** A path events are wanted for: inside a target, or a folder on the way to a missing one. */
  const relevant = (abs: string) => targets.some((t) => inside(abs, t) || inside(t, abs));
  /** Files the last check wrote, with their stamps then: an event with that stamp is our own write. */
  const own = new Map<string, string | undefined>();
  const wrote = (files: Written[]) => { for (const f of files) own.set(resolve(f.path), f.stamp); };

  let changed: string[] = [];
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> | undefined;
  let failed: unknown;
  let stop: () => void = () => undefined;

  // the watcher is up before the first check, so an edit made while it runs is not missed
  const watcher = watch([...new Set(targets.map(anchor))], {
    ignoreInitial: true,
    ignored: (path: string) => {
      const abs = resolve(path);
      return ignored.some((d) => inside(abs, d)) || isScratch(abs) || !relevant(abs);
    },
  });
  watcher.on('all', (event: string, path: string) => {
    // a new folder changes nothing until files appear in it (they have events of their own),
    // and the first check makes alignments/ itself
    if (event === 'addDir') return;
    const abs = resolve(path);
    if (!targets.some((t) => inside(abs, t))) return; // a folder on the way to a missing target
    if (own.has(abs) && own.get(abs) === stampOf(abs)) return;
    own.delete(abs);
    if (!changed.includes(abs)) changed.push(abs);
    schedule();
  });
  await new Promise<void>((ok, fail) => { watcher.once('ready', ok); watcher.once('error', fail); });

  const once = async (): Promise<void> => {
    own.clear();
    try {
      await opts.run(wrote);
    } catch (e) {
      if (!(e instanceof InputError)) throw e;
      opts.log(e.format()); // a broken file: say so and wait for the fix
    }
    // the config may name other files now: watch them too
    const next = opts.paths().map((p) => resolve(p));
    const added = next.filter((t) => !targets.includes(t));
    targets = next;
    if (added.length) watcher.add([...new Set(added.map(anchor))]);
  };
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
  /** Run `job` as the one check in progress; changes seen meanwhile schedule the next. */
  const start = (job: () => Promise<void>): void => {
    running = job().catch((e) => { failed = e; stop(); }).finally(() => {
      running = undefined;
      if (changed.length) schedule();
    });
  };
  function schedule(): void {
    clearTimeout(timer);
    timer = setTimeout(() => {
      if (!running) start(recheck); // else the check in progress schedules this one when it ends
    }, opts.debounceMs ?? 100);
  }

  const first = async (): Promise<void> => {
    await once();
    opts.warmUp?.();
    opts.log(`bitext: watching ${targets.map((p) => relative(process.cwd(), p) || '.').join(', ')} for changes (Ctrl-C to stop)`);
  };
  start(first);

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
