/**
 * Synthetic strategy maps for tests and benchmarks, deterministic from a seed: the standard four perspectives,
 * objectives spread over them, and links that mostly run up one perspective, with some that skip a lane, stay
 * in one, or point down.
 */
import { prng } from '../prng';
import type { MapInput, MapLink, MapObjective, MapPerspective } from './types';

const WORDS = (
  'grow revenue margin customer retention delivery quality cycle time cost waste energy safety training skills ' +
  'engagement satisfaction referral pipeline conversion uptime complaints inventory cash loyalty onboarding ' +
  'capacity throughput compliance innovation partner supplier wholesale online community recurring'
).split(' ');

export const STANDARD_LANES = ['Financial', 'Customer', 'Internal Process', 'Learning & Growth'];

export function syntheticMap(objectiveCount: number, linkCount: number, seed = 1, lanes = STANDARD_LANES): MapInput {
  const random = prng(seed);
  const int = (lo: number, hi: number) => lo + Math.floor(random() * (hi - lo + 1));
  const perspectives: MapPerspective[] = lanes.map((name, i) => ({ id: i + 1, name, position: i }));
  const byLane: number[][] = perspectives.map(() => []);
  const objectives: MapObjective[] = [];
  for (let i = 0; i < objectiveCount; i++) {
    const lane = i % perspectives.length;
    const words = Array.from({ length: int(2, 6) }, () => WORDS[int(0, WORDS.length - 1)]!);
    const title = `${words[0]![0]!.toUpperCase()}${words.join(' ').slice(1)}`;
    const id = i + 1;
    objectives.push({
      id,
      perspectiveId: perspectives[lane]!.id,
      title,
      position: byLane[lane]!.length,
      themeId: random() < 0.7 ? int(1, 3) : null,
      mapX: null,
      mapY: null,
    });
    byLane[lane]!.push(id);
  }
  const links: MapLink[] = [];
  const seen = new Set<string>();
  const pick = (list: number[]) => list[int(0, list.length - 1)]!;
  for (let tries = 0; links.length < linkCount && tries < linkCount * 50; tries++) {
    const roll = random();
    const lower = int(1, perspectives.length - 1);
    let from: number;
    let to: number;
    if (roll < 0.8) [from, to] = [pick(byLane[lower]!), pick(byLane[lower - 1]!)];
    else if (roll < 0.9 && lower >= 2) [from, to] = [pick(byLane[lower]!), pick(byLane[lower - 2]!)];
    else if (roll < 0.95) [from, to] = [pick(byLane[lower]!), pick(byLane[lower]!)];
    else [from, to] = [pick(byLane[lower - 1]!), pick(byLane[lower]!)];
    const key = `${from}>${to}`;
    if (from === undefined || to === undefined || from === to || seen.has(key)) continue;
    seen.add(key);
    links.push({ id: links.length + 1, fromObjectiveId: from, toObjectiveId: to });
  }
  return { perspectives, objectives, links };
}
