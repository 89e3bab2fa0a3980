/**
 * Does an objective's title name an outcome? Three cheap word tests, tuned to keep quiet on the way scorecards are
 * usually written ("Grow revenue profitably", "Build a loyal online community", "Develop skilled baristas") and to
 * speak up on titles that read as a project, a single word, or a slogan. They are hints, so a miss costs little and
 * a false alarm on a good title costs trust: every test errs towards silence.
 */

/** Verbs that start a project, not a result: whatever follows them, the title reads as an initiative. */
const PROJECT_VERBS = new Set([
  'launch',
  'implement',
  'introduce',
  'install',
  'deploy',
  'roll',
  'set',
  'migrate',
  'complete',
  'finish',
  'purchase',
  'buy',
  'organise',
  'organize',
  'rebuild',
  'redesign',
  'upgrade',
  'replace',
]);

/**
 * Verbs that start outcomes as often as projects ("Build a loyal community", "Develop skilled staff"): the title
 * reads as an initiative only when what they make is a deliverable.
 */
const MAKING_VERBS = new Set(['build', 'create', 'develop', 'design', 'open', 'start', 'write', 'run', 'hire', 'make']);
const DELIVERABLES = new Set([
  'app',
  'application',
  'website',
  'site',
  'webshop',
  'system',
  'tool',
  'platform',
  'programme',
  'program',
  'project',
  'campaign',
  'policy',
  'plan',
  'software',
  'crm',
  'erp',
  'dashboard',
  'portal',
  'newsletter',
  'event',
  'workshop',
  'course',
  'database',
  'branch',
  'office',
  'warehouse',
  'report',
  'handbook',
  'manual',
  'brochure',
  'process',
  'pilot',
  'prototype',
]);

/** Words that carry no outcome on their own: a title made only of these says nothing about what will be better. */
const VAGUE = new Set([
  'improve',
  'improved',
  'improvement',
  'improvements',
  'enhance',
  'optimise',
  'optimize',
  'better',
  'best',
  'good',
  'great',
  'excellence',
  'excellent',
  'world',
  'class',
  'world-class',
  'things',
  'stuff',
  'everything',
  'more',
  'general',
  'overall',
  'be',
  'do',
  'doing',
  'make',
  'get',
  'performance',
  'success',
  'successful',
  'quality',
  'growth',
  'grow',
  'progress',
]);
/** Little words that neither carry nor spoil an outcome. */
const FILLER = new Set([
  'a',
  'an',
  'the',
  'and',
  'or',
  'of',
  'in',
  'on',
  'for',
  'to',
  'our',
  'we',
  'us',
  'all',
  'at',
  'with',
  'it',
  'its',
  'be',
]);

export type TitleProblem = 'empty' | 'one-word' | 'initiative' | 'vague';

/** Lower-case words of a title, apostrophes and hyphens kept inside words. */
export function titleWords(title: string): string[] {
  return title.toLowerCase().match(/[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu) ?? [];
}

/** The first problem of a title, or null when it reads as an outcome. */
export function titleProblem(title: string): TitleProblem | null {
  const words = titleWords(title);
  if (words.length === 0) return 'empty';
  if (words.every((w) => VAGUE.has(w) || FILLER.has(w))) return 'vague';
  if (words.length === 1) return 'one-word';
  const [first, ...rest] = words;
  if (PROJECT_VERBS.has(first!)) return 'initiative';
  if (MAKING_VERBS.has(first!) && rest.some((w) => DELIVERABLES.has(w) || DELIVERABLES.has(w.replace(/s$/, ''))))
    return 'initiative';
  return null;
}
