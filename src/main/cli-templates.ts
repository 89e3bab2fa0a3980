/**
 * `quadrant templates` and the `--template` of `quadrant new`: the scorecard templates shipped with the app
 * (resources/templates.json), listed from the same dispatch the app's "New scorecard" dialog uses.
 */
import { parseArgs } from 'node:util';
import { AppError, ErrorCode } from '../shared/errors';
import type { TemplateSummary } from '../shared/templates';
import { Session } from './core/session';
import { call, need, type Command } from './cli-common';

function listTemplates(): TemplateSummary[] {
  const session = new Session({ mode: 'cli' });
  try {
    return call(session, 'template.list', {});
  } finally {
    session.close();
  }
}

/**
 * The id of the template a person named on the command line: its id, or its name in any case ("café or
 * restaurant"). An unknown one is refused with every template's id, so the next try can succeed.
 */
export function templateIdFor(text: string): string {
  const wanted = text.trim().toLowerCase();
  const all = listTemplates();
  const found = all.find((t) => t.id === wanted) ?? all.find((t) => t.name.toLowerCase() === wanted);
  if (found) return found.id;
  throw new AppError(
    ErrorCode.NOT_FOUND,
    `There is no template “${text}”. Choose one of:\n${all.map((t) => `  ${t.id.padEnd(24)}${t.name}`).join('\n')}`,
  );
}

/** One line per template: id, name, who it is for and how much it holds. */
export function renderTemplates(all: readonly TemplateSummary[]): string {
  const idWidth = Math.max(2, ...all.map((t) => t.id.length)) + 2;
  const nameWidth = Math.max(4, ...all.map((t) => t.name.length)) + 2;
  const header = `${'ID'.padEnd(idWidth)}${'NAME'.padEnd(nameWidth)}OBJECTIVES  KPIS  LINKS  FOR`;
  const rows = all.map(
    (t) =>
      `${t.id.padEnd(idWidth)}${t.name.padEnd(nameWidth)}${String(t.objectives).padStart(10)}  ${String(t.kpis).padStart(4)}  ${String(t.links).padStart(5)}  ${t.industry}`,
  );
  return `${[header, ...rows].join('\n')}\n\nEach has ${all.every((t) => t.perspectives === 4) ? 'the four perspectives' : 'its perspectives'}, themes, cause-and-effect links and KPIs; targets are left for you.\nStart one with: quadrant new <file.scorecard> --template <id>\n`;
}

export const TEMPLATES: Command = {
  synopsis: `quadrant templates [--json]                              list the scorecard templates for \`new --template\``,
  usage: `Usage: quadrant templates [--json]

Lists the scorecard templates shipped with Quadrant: their id, name, size and the business they suit. Start a
document from one with \`quadrant new <file.scorecard> --template <id>\`.

  --json   the list as JSON (id, name, industry, description and the counts)`,
  run(args, io) {
    const { values, positionals } = parseArgs({ args, allowPositionals: true, options: { json: { type: 'boolean' } } });
    need(positionals, 0, '');
    const all = listTemplates();
    io.out(values.json ? `${JSON.stringify(all, null, 2)}\n` : renderTemplates(all));
  },
};
