/**
 * V8 settings for a batch run, imported first by the CLI (flags are process-wide, so worker
 * threads share them). Allocation-site pretenuring: after aligning a long document, V8 learns
 * that objects from the aligner's allocation sites survive, and then allocates the short-lived
 * objects of the sentence alignments that follow straight into the old generation, where they
 * pile up until a full collection. Off, the 10,000-block pair peaks at ~250 MB instead of
 * ~310 MB; on the benchmark corpus the speed is the same within noise.
 */
import v8 from 'node:v8';

v8.setFlagsFromString('--no-allocation-site-pretenuring');
