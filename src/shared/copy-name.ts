/** The name a copy gets unless the user names it: the core gives it, and the New scorecard dialog shows it. */

/** "Plan (copy)", or "Plan (copy 2)" and so on when that name is taken, so the scorecard list tells them apart. */
export function copyName(original: string, taken: ReadonlySet<string>): string {
  // A name is at most 200 characters: shorten the original rather than refuse the copy of a long-named scorecard.
  const named = (suffix: string) => `${original.slice(0, 200 - suffix.length).trimEnd()}${suffix}`;
  let name = named(' (copy)');
  for (let n = 2; taken.has(name); n++) name = named(` (copy ${n})`);
  return name;
}
