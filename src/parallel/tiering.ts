/**
 * When the optimising compiler runs, for runs that keep every core busy.
 *
 * Each worker thread is its own V8 isolate: it compiles the pipeline's code again, and V8's
 * optimising compiler does that in background threads. With as many workers as cores there is
 * no idle core for them, so every function optimised is compile time taken from a worker; the
 * rules' large functions, inlined, were most of it (~500 optimised compilations per isolate in
 * the first 250 pairs). Raising V8's interrupt budget eightfold makes a function wait for eight
 * times the bytecode executed before it is considered for optimisation: only the truly hot
 * code is compiled. Measured on the 2-core machine (README, Performance), two workers checked
 * 1,000 pairs ~10 % faster; in one thread, where the compiler has an idle core, the default is
 * faster (~6 %), so it is raised only once a worker pool fills every core.
 *
 * V8 flags are process-wide and apply to what is compiled after they are set, so the pool's
 * workers (and this thread, whose remaining work is light) see it. It is never lowered again:
 * V8 offers no way to read a flag's default back.
 */
import v8 from 'node:v8';

/** V8 11.3's default (Node 20) times eight. */
export const SATURATED_INTERRUPT_BUDGET = 8 * 67_584;

let raised = false;

/** Raise the interrupt budget (once per process): a worker pool is about to fill every core. */
export function tierForBusyCores(): void {
  if (raised || process.env.BITEXT_V8_DEFAULTS) return;
  raised = true;
  v8.setFlagsFromString(`--interrupt-budget=${SATURATED_INTERRUPT_BUDGET}`);
}

/** Whether tierForBusyCores has raised the budget in this process (for tests). */
export function tieredForBusyCores(): boolean {
  return raised;
}
