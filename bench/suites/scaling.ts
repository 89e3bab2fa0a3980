/**
 * Scaling: open + evaluate on W1 with 2, 4 and 8 times the measurements (more KPIs, same 120 months), each beside
 * k times the 1x figure measured in the same run. A ratio near 1 or below means cost grows linearly (or better:
 * opening a file has a fixed cost); a ratio well above 1 means something grows faster than the data.
 */
import { timeMs, type BenchDefinition } from '../harness';
import { SCALES, type WorkloadName } from '../workloads';
import { openAndEvaluate } from './backend-ops';

function openEvaluateMs(path: string, period: string): number {
  let result: ReturnType<typeof openAndEvaluate> | undefined;
  const ms = timeMs(() => (result = openAndEvaluate(path, period)));
  result!.session.close();
  return ms;
}

const scaled = (name: Exclude<WorkloadName, 'W0' | 'W1' | 'W1x1'>): BenchDefinition => {
  const k = SCALES[name];
  return {
    name: `open + evaluate, ${k}x measurements`,
    unit: 'ms',
    aim: { on: 'ratio', below: 1.25, inclusive: true },
    setup(ctx) {
      const one = ctx.workload('W1x1');
      const big = ctx.workload(name);
      const factor = big.measurements / one.measurements;
      return {
        subject: { label: `open + evaluate ${big.title}`, sample: () => openEvaluateMs(big.path, big.period) },
        baseline: {
          label: `${Number(factor.toFixed(2))} × open + evaluate ${one.title}`,
          sample: () => factor * openEvaluateMs(one.path, one.period),
        },
        notes: [`${big.label}; file ${(big.bytes / 1024 / 1024).toFixed(1)} MB.`],
      };
    },
  };
};

export const scaling: BenchDefinition[] = [scaled('W1x2'), scaled('W1x4'), scaled('W1x8')];
