/**
 * V8 settings for a batch run, imported first by the CLI (flags are process-wide, so worker
 * threads share them; they apply to code compiled after this module runs).
 *
 * - Allocation-site pretenuring off: after aligning a long document, V8 learns that objects
 *   from the aligner's allocation sites survive, and then allocates the short-lived objects of
 *   the sentence alignments that follow straight into the old generation, where they pile up
 *   until a full collection. Off, the 10,000-block pair peaks at ~250 MB instead of ~310 MB; on
 *   the benchmark corpus the speed is the same within noise.
 * - A smaller inlining budget for the optimising compiler (300 bytes of inlined bytecode per
 *   function instead of 920): each worker thread compiles the same code again, in background
 *   threads that take CPU from the other worker on a 2-core machine, and the large rule
 *   functions' inlined compilations were most of it. With the smaller budget a cold `check`
 *   used 6–7 % less CPU and ran as fast in one thread, and 2–7 % faster with two workers
 *   (README, Performance).
 */
import v8 from 'node:v8';

v8.setFlagsFromString('--no-allocation-site-pretenuring');
v8.setFlagsFromString('--max-inlined-bytecode-size-cumulative=300');
