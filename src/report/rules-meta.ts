import type { Severity } from '../types.js';

/** What a reporter needs to know about a rule (from RULES in src/checks/index.ts). */
export interface RuleMeta {
  id: string;
  severity: Severity;
  description: string;
}
