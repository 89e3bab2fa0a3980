/**
 * The documents benchmarks run on, made on first use and shared by every benchmark of a run:
 *  - W0: the built-in sample (resources/sample.json).
 *  - W1: generateDocument(W1), 86,400 measurements.
 *  - W1x1 (the same as W1), W1x2, W1x4, W1x8: W1 with 1, 2, 4 and 8 times the KPIs per objective, so 2, 4 and 8 times the measurements
 *    (the same 120 months: evaluating a period reads a few months whatever the history, so more KPIs is the
 *    growth that costs evaluation something).
 * In a quick (smoke) run W1 is replaced by W0 and W1x1…W1x8 by tiny generated documents, so every code path runs
 * in a second.
 */
import { copyFileSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { InterchangeDocument } from '../src/shared/interchange';
import { createDocumentFromJson, parseInterchange } from '../src/main/core/interchange-io';
import { EVALUATED_QUARTER, generateDocument, W1, writeDocument, type GenerateOptions } from './generate';

export type WorkloadName = 'W0' | 'W1' | 'W1x1' | 'W1x2' | 'W1x4' | 'W1x8';

export interface Workload {
  name: WorkloadName;
  /** What the document really is in this run: "W1", or "W0 (sample)" standing in for W1 in a quick run. */
  title: string;
  /** Its size ("10 scorecards, 240 objectives, 720 KPIs, 86,400 measurements, …"). */
  contents: string;
  /** Title and contents, for the results. */
  label: string;
  path: string;
  measurements: number;
  /**
   * The document's data, made again on each call (it is deterministic). Workloads do not keep it: a million
   * measurement objects kept alive would make every garbage collection during a timed run slower.
   */
  doc(): InterchangeDocument;
  /** The period benchmarks evaluate: a quarter, so monthly values are aggregated. */
  period: string;
  /** Time to build the document in memory and to write it through the importer, ms. */
  generateMs: number;
  writeMs: number;
  bytes: number;
}

export const SAMPLE_PATH = resolve(dirname(fileURLToPath(import.meta.url)), '..', 'resources', 'sample.json');
/** The sample's last complete quarter. */
const SAMPLE_PERIOD = '2026-Q3';

const QUICK_SCALED: GenerateOptions = {
  seed: 1,
  scorecards: 2,
  objectivesPerScorecard: 4,
  kpisPerObjective: 2,
  months: 12,
};

export const SCALES: Record<WorkloadName, number> = { W0: 1, W1: 1, W1x1: 1, W1x2: 2, W1x4: 4, W1x8: 8 };

const count = (n: number): string => n.toLocaleString('en-GB');

export function describe(doc: InterchangeDocument): string {
  return `${count(doc.scorecards.length)} scorecards, ${count(doc.objectives.length)} objectives, ${count(doc.kpis.length)} KPIs, ${count(doc.measurements.length)} measurements, ${count(doc.initiatives.length)} initiatives, ${count(doc.notes.length)} notes`;
}

export class Workloads {
  private readonly made = new Map<WorkloadName, Workload>();

  constructor(
    private readonly tmp: string,
    private readonly quick: boolean,
    private readonly onMade?: (workload: Workload) => void,
  ) {}

  get(name: WorkloadName): Workload {
    if (name === 'W1x1' && !this.quick) name = 'W1';
    let w = this.made.get(name);
    if (!w) {
      w = this.make(name);
      this.made.set(name, w);
      this.onMade?.(w);
    }
    return w;
  }

  all(): Workload[] {
    return [...this.made.values()];
  }

  copyOf(workload: Workload, name: string): string {
    const path = join(this.tmp, `${name}.scorecard`);
    copyFileSync(workload.path, path);
    return path;
  }

  private make(name: WorkloadName): Workload {
    const path = join(this.tmp, `${name}.scorecard`);
    if (name === 'W0' || (this.quick && name === 'W1')) {
      const started = performance.now();
      const text = readFileSync(SAMPLE_PATH, 'utf8');
      createDocumentFromJson(path, text, true).close();
      const writeMs = performance.now() - started;
      const doc = parseInterchange(text);
      return {
        name,
        title: 'W0 (sample)',
        contents: describe(doc),
        label: `W0 (sample): ${describe(doc)}`,
        path,
        measurements: doc.measurements.length,
        doc: () => parseInterchange(readFileSync(SAMPLE_PATH, 'utf8')),
        period: SAMPLE_PERIOD,
        generateMs: 0,
        writeMs,
        bytes: statSync(path).size,
      };
    }
    const options = this.quick ? QUICK_SCALED : W1;
    const started = performance.now();
    const generate = () => generateDocument({ ...options, scale: SCALES[name] });
    const doc = generate();
    const generated = performance.now();
    writeDocument(path, doc);
    const title = this.quick ? `quick ${name}` : name;
    return {
      name,
      title,
      contents: describe(doc),
      label: `${title}: ${describe(doc)}`,
      path,
      measurements: doc.measurements.length,
      doc: generate,
      period: EVALUATED_QUARTER(options.lastYear),
      generateMs: generated - started,
      writeMs: performance.now() - generated,
      bytes: statSync(path).size,
    };
  }
}
