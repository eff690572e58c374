/**
 * When the optimising compiler runs, for runs that keep every core busy.
 *
 * Each worker thread is its own V8 isolate: it compiles the pipeline's code again, and V8's
 * optimising compiler does that in background threads. With as many workers as cores there is
 * no idle core for them, so every function optimised is compile time taken from a worker; the
 * rules' large functions, inlined, were most of it (1,497 optimised compilations in a
 * two-worker 250-pair run). Raising V8's interrupt budget eightfold makes a function wait for
 * eight times the bytecode executed before it is considered for optimisation: only the truly
 * hot code is compiled (547 compilations). Measured on the 2-core machine (README,
 * Performance): two workers, 1,000 pairs, median 20.6 s against 21.2 s in alternation. In one
 * thread, where the compiler has an idle core, the default is faster (the in-process stages
 * ~8 % at ×8), so the budget is raised only once a worker pool fills every core.
 *
 * V8 flags are process-wide and apply from the moment they are set, to the workers already
 * running too. The budget is never lowered again (V8 offers no way to read a flag's default
 * back): `check --watch` then re-checks edited pairs in this thread with it raised, which was
 * measured as no slower (20 single-pair runs in one process, 4 rounds). Changing a flag also
 * makes workers started afterwards reject Node's built-in code cache once (~60 ms of CPU).
 * The factor was measured on Node 20 (V8 11.3, default budget 67,584); newer V8 tiers
 * differently (Maglev).
 */
import v8 from 'node:v8';

/** V8 11.3's default (Node 20) times eight. */
export const SATURATED_INTERRUPT_BUDGET = 8 * 67_584;

let raised = false;

/**
 * Raise the interrupt budget (once per process): a worker pool is about to fill every core.
 * `BITEXT_V8_DEFAULTS=1` keeps V8's default budget, for comparing runs.
 */
export function tierForBusyCores(): void {
  if (raised || process.env.BITEXT_V8_DEFAULTS === '1') return;
  raised = true;
  v8.setFlagsFromString(`--interrupt-budget=${SATURATED_INTERRUPT_BUDGET}`);
}

/** Whether tierForBusyCores has raised the budget in this process (for tests). */
export function tieredForBusyCores(): boolean {
  return raised;
}
