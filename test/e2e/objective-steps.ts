/** Steps on an objective that several end-to-end tests take: open its panel, check in on one of its key results. */
import type { Locator, Page } from 'playwright-core';

/** The panel an objective opens below its card. */
export const objectivePanel = (page: Page, title: string): Locator =>
  page.getByRole('region', { name: `${title}: KPIs, initiatives and notes` });

/** Opens the objective's panel from its card, unless it is open already. */
export async function openObjective(page: Page, title: string): Promise<Locator> {
  const panel = objectivePanel(page, title);
  if ((await panel.count()) === 0)
    await page.getByRole('article', { name: title }).getByRole('button', { name: title, exact: true }).click();
  await panel.waitFor();
  return panel;
}

export interface CheckInFields {
  date: string;
  value?: string;
  done?: boolean;
  confidence: string;
  comment?: string;
}

/** Checks in on a key result through its "Check in" button in `scope` and the Check in dialog. */
export async function checkIn(page: Page, scope: Locator, keyResult: string, fields: CheckInFields): Promise<void> {
  await scope.getByRole('button', { name: `Check in on ${keyResult}` }).click();
  const dialog = page.getByRole('dialog', { name: 'Check in' });
  await dialog.getByLabel('Date').fill(fields.date);
  if (fields.value !== undefined) await dialog.getByRole('textbox', { name: 'Value' }).fill(fields.value);
  if (fields.done) await dialog.getByRole('checkbox', { name: 'Done' }).check();
  await dialog.getByRole('textbox', { name: 'Confidence (0–10)' }).fill(fields.confidence);
  if (fields.comment) await dialog.getByLabel('Comment').fill(fields.comment);
  await dialog.getByRole('button', { name: 'Check in', exact: true }).click();
  await dialog.waitFor({ state: 'detached' });
}
