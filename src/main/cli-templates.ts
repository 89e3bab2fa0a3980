/**
 * `quadrant templates` and the `--template` of `quadrant new`: the scorecard templates shipped with the app
 * (resources/templates.json), listed from the same dispatch the app's "New scorecard" dialog uses.
 */
import { parseArgs } from 'node:util';
import { AppError, ErrorCode } from '../shared/errors';
import { t } from '../shared/i18n';
import type { TemplateSummary } from '../shared/templates';
import { Session } from './core/session';
import { call, helpText, need, type Command } from './cli-common';

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
  const found = all.find((x) => x.id === wanted) ?? all.find((x) => x.name.toLowerCase() === wanted);
  if (found) return found.id;
  const list = all.map((x) => `  ${x.id.padEnd(24)}${x.name}`).join('\n');
  throw new AppError(ErrorCode.NOT_FOUND, t('cli:templatesCommand.noTemplate', { text, list }));
}

/** One line per template: id, name, who it is for and how much it holds; the columns as wide as their headings. */
export function renderTemplates(all: readonly TemplateSummary[]): string {
  const [id, name, objectives, kpis, links, industry] = (['id', 'name', 'objectives', 'kpis', 'links', 'for'] as const).map(
    (k) => t(`cli:templatesCommand.column.${k}`),
  ) as [string, string, string, string, string, string];
  const idWidth = Math.max(id.length, ...all.map((x) => x.id.length)) + 2;
  const nameWidth = Math.max(name.length, ...all.map((x) => x.name.length)) + 2;
  const count = (n: number, heading: string) => String(n).padStart(heading.length);
  const header = `${id.padEnd(idWidth)}${name.padEnd(nameWidth)}${objectives}  ${kpis}  ${links}  ${industry}`;
  const rows = all.map(
    (x) =>
      `${x.id.padEnd(idWidth)}${x.name.padEnd(nameWidth)}${count(x.objectives, objectives)}  ${count(x.kpis, kpis)}  ${count(x.links, links)}  ${x.industry}`,
  );
  const each = all.every((x) => x.perspectives === 4) ? t('cli:templatesCommand.eachFour') : t('cli:templatesCommand.eachOwn');
  return `${[header, ...rows].join('\n')}\n\n${each}\n${t('cli:templatesCommand.start')}\n`;
}

export const TEMPLATES: Command = {
  synopsis: `quadrant templates [--json]                              list the scorecard templates for \`new --template\``,
  get usage() {
    return helpText('quadrant templates [--json]', t('cli:templatesCommand.about'), [['--json', t('cli:templatesCommand.json')]], 9);
  },
  run(args, io) {
    const { values, positionals } = parseArgs({ args, allowPositionals: true, options: { json: { type: 'boolean' } } });
    need(positionals, 0, '');
    const all = listTemplates();
    io.out(values.json ? `${JSON.stringify(all, null, 2)}\n` : renderTemplates(all));
  },
};
