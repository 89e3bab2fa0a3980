/**
 * The entry grid in Chromium, on the built renderer and the real backend in browser mode:
 *  - edit → status repaint: type a value and Enter in a cell, until the cell shows the new value with its status
 *    (the save, whose answer lists the cell it changed; the evaluation of that period in the page; the repaint),
 *    beside the floor of Enter in a plain element whose keydown handler sets its text, measured the same way;
 *  - bytes after an edit: everything the backend sends the page for that edit, until the page is quiet again,
 *    beside the cell itself as JSON (the least any answer could carry);
 *  - the longest main-thread task (from a Chromium trace, by CPU time; the wall clock is in the notes) while the
 *    grid scrolls from top to bottom, beside the same scroll over static rows of the same size.
 * Times start at the Enter keydown's timestamp and end after the frame that shows the change (rAF, then a task).
 */
import type { Kpi, ScorecardTree } from '../../src/shared/domain';
import { formatNumber } from '../../src/shared/format';
import type { BenchDefinition } from '../harness';
import type { WorkloadName } from '../workloads';
import { ensureRenderer, longestTask, openGrid, type GridPage } from './grid-page';

/** Pixels scrolled per frame: a brisk, continuous wheel scroll (7,200 px/s at 60 Hz). */
const STEP = 120;

const INSTALL_EDIT = `(() => {
  let n = 0;
  const plain = document.createElement('div');
  plain.id = 'bench-baseline';
  plain.tabIndex = 0;
  plain.textContent = '0';
  plain.style.cssText = 'position:fixed;right:8px;bottom:40px;padding:4px 8px;background:#fff;color:#000;z-index:99';
  plain.addEventListener('keydown', (e) => { if (e.key === 'Enter') plain.textContent = String(++n); });
  document.body.appendChild(plain);
  let enterAt = 0;
  document.addEventListener('keydown', (e) => { if (e.key === 'Enter') enterAt = e.timeStamp; }, true);
  const afterPaint = (resolve) => requestAnimationFrame(() => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => resolve(performance.now() - enterAt);
    channel.port2.postMessage(0);
  });
  const watch = (root, ready) => {
    window.__benchDone = new Promise((resolve, reject) => {
      const observer = new MutationObserver(() => {
        if (!ready()) return;
        observer.disconnect();
        clearTimeout(timer);
        afterPaint(resolve);
      });
      const timer = setTimeout(() => { observer.disconnect(); reject(new Error('no repaint within 10 s')); }, 10000);
      observer.observe(root, { subtree: true, attributes: true, childList: true, characterData: true });
    });
  };
  // The cell shows the figure and its label names it, evaluated (no longer pending). The figure is matched as shown:
  // a cell with a second line (a target override) names it without its unit.
  window.__benchWatchCell = (selector, prefix, shown) => watch(document.querySelector('.grid-canvas'), () => {
    const cell = document.querySelector(selector);
    const label = cell && cell.getAttribute('aria-label');
    const figure = cell && cell.querySelector('.cell-value');
    return !!label && label.startsWith(prefix) && !!figure && figure.textContent === shown &&
      !cell.classList.contains('is-pending');
  });
  window.__benchWatchPlain = () => { const before = plain.textContent; watch(plain, () => plain.textContent !== before); };
  // Bytes of every API answer the page reads (the body as received, before parsing).
  window.__apiBytes = 0;
  const fetchBefore = window.fetch.bind(window);
  window.fetch = async (...args) => {
    const response = await fetchBefore(...args);
    if (String(args[0]).endsWith('/api')) response.clone().text().then((t) => { window.__apiBytes += new TextEncoder().encode(t).length; });
    return response;
  };
})()`;

const INSTALL_SCROLL = `(() => {
  const grid = document.querySelector('.grid-scroller');
  const canvas = document.querySelector('.grid-canvas');
  const box = grid.getBoundingClientRect();
  const plain = document.createElement('div');
  plain.id = 'bench-static';
  plain.style.cssText = 'position:fixed;overflow:auto;z-index:50;display:none;background:#fff;color:#000;font:14px system-ui;'
    + 'left:' + box.left + 'px;top:' + box.top + 'px;width:' + box.width + 'px;height:' + box.height + 'px';
  const inner = document.createElement('div');
  const rows = Math.ceil(canvas.offsetHeight / 46);
  for (let i = 0; i < rows; i++) {
    const row = document.createElement('div');
    row.style.cssText = 'display:flex;height:46px;border-bottom:1px solid #ddd';
    for (let c = 0; c < 13; c++) {
      const cell = document.createElement('span');
      cell.style.cssText = 'flex:0 0 104px;text-align:right;padding:12px 8px';
      cell.textContent = String(100000 + i * 13 + c);
      row.appendChild(cell);
    }
    inner.appendChild(row);
  }
  plain.appendChild(inner);
  document.body.appendChild(plain);
  const frame = () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
  window.__benchTop = async (selector) => {
    plain.style.display = selector === '#bench-static' ? 'block' : 'none';
    document.querySelector(selector).scrollTop = 0;
    await frame();
  };
  window.__benchScroll = async (selector) => {
    const el = document.querySelector(selector);
    const long = [];
    const observer = new PerformanceObserver((list) => { for (const e of list.getEntries()) long.push(e.duration); });
    observer.observe({ type: 'longtask' });
    const start = performance.now();
    let last = start;
    let gap = 0;
    let frames = 0;
    await new Promise((resolve) => {
      const tick = (t) => {
        frames++;
        gap = Math.max(gap, t - last);
        last = t;
        if (el.scrollTop + el.clientHeight >= el.scrollHeight - 1) return resolve();
        el.scrollTop += ${STEP};
        requestAnimationFrame(tick);
      };
      requestAnimationFrame(tick);
    });
    await frame();
    observer.disconnect();
    return { ms: last - start, frames, gap, long: long.length, height: el.scrollHeight };
  };
  return document.querySelector('[role=grid]').getAttribute('aria-rowcount');
})()`;

const byPosition = (a: { position: number; id: number }, b: { position: number; id: number }) =>
  a.position - b.position || a.id - b.id;

/** The first KPI in grid order with a positive target, and its row among the KPIs: the cell the edit types into. */
function editTarget(tree: ScorecardTree): { kpi: Kpi & { target: number }; r: number } {
  const objectives = [...tree.objectives].sort(byPosition);
  const kpis = [...tree.perspectives]
    .sort(byPosition)
    .flatMap((p) => objectives.filter((o) => o.perspectiveId === p.id))
    .flatMap((o) => tree.kpis.filter((k) => k.objectiveId === o.id).sort(byPosition));
  const r = kpis.findIndex((k) => k.target !== null && k.target > 0 && k.polarity !== 'range');
  if (r < 0) throw new Error(`${tree.scorecard.name} has no KPI with a positive target to edit`);
  return { kpi: kpis[r] as Kpi & { target: number }, r };
}

/** Shows the grid by `kind` (month, quarter) through the period picker, as a user would. */
async function viewBy(gp: GridPage, kind: string): Promise<void> {
  const select = gp.page.getByLabel('View by');
  if ((await select.inputValue()) !== kind) await select.selectOption(kind);
  await gp.page.locator('.grid-colhead.is-current').waitFor();
  await gp.settle();
}

async function firstScorecard(gp: GridPage): Promise<ScorecardTree> {
  const [first] = await gp.api<{ id: number }[]>('scorecard.list', {});
  return gp.api<ScorecardTree>('scorecard.get', { id: first!.id });
}

interface EditPage {
  gp: GridPage;
  tree: ScorecardTree;
  kpi: Kpi & { target: number };
  column: string;
  selector: string;
  built: string;
  /** Types the next value into the cell and Enter; resolves with ms from the keydown to the painted status. */
  edit(): Promise<{ ms: number; value: number }>;
}

/** W1's first scorecard in the grid by its edited KPI's frequency, ready to type into one cell. */
async function editPage(ctx: Parameters<BenchDefinition['setup']>[0], copy: string): Promise<EditPage> {
  const built = ensureRenderer();
  const gp = await openGrid(ctx.copyOf(ctx.workload('W1'), copy));
  try {
    const tree = await firstScorecard(gp);
    const { kpi, r } = editTarget(tree);
    await viewBy(gp, kpi.frequency);
    const c = await gp.page
      .locator('.grid-colhead')
      .evaluateAll((els) => els.findIndex((e) => e.classList.contains('is-current')));
    const column = (await gp.page.locator('.grid-colhead.is-current').getAttribute('aria-label')) ?? '';
    const selector = `[data-cell="${r}:${c}"]`;
    await gp.page.evaluate(INSTALL_EDIT);
    // Zero and four times the target: the status flips between samples, so every sample repaints a new colour.
    const values = [0, Math.round(kpi.target * 4) + 1];
    let i = 0;
    const edit = async () => {
      const value = values[i++ % values.length]!;
      await gp.settle();
      await gp.page.click(selector);
      await gp.page.evaluate(
        `window.__benchWatchCell(${JSON.stringify(selector)}, ${JSON.stringify(`${kpi.name}, ${column}: `)}, ${JSON.stringify(formatNumber(value))})`,
      );
      await gp.page.keyboard.type(String(value));
      await gp.page.keyboard.press('Enter');
      return { ms: await gp.page.evaluate<number>('window.__benchDone'), value };
    };
    return { gp, tree, kpi, column, selector, built, edit };
  } catch (err) {
    await gp.close();
    throw err;
  }
}

const editBench: BenchDefinition = {
  name: 'grid: edit → status repaint',
  unit: 'ms',
  aim: { on: 'median', below: 16, inclusive: true },
  async setup(ctx) {
    const { gp, tree, kpi, column, built, edit } = await editPage(ctx, 'grid-edit');
    return {
      subject: {
        label: 'type a value + Enter in a grid cell, until the cell shows it with its evaluated status',
        sample: async () => (await edit()).ms,
      },
      baseline: {
        label: 'Enter in a plain element whose keydown handler sets its text, until repainted',
        sample: async () => {
          await gp.settle();
          await gp.page.focus('#bench-baseline');
          await gp.page.evaluate('window.__benchWatchPlain()');
          await gp.page.keyboard.press('Enter');
          return gp.page.evaluate<number>('window.__benchDone');
        },
      },
      notes: [
        `${ctx.workload('W1').label}; scorecard “${tree.scorecard.name}” (${tree.kpis.length} KPIs) by ${kpi.frequency}, cell “${kpi.name}, ${column}”; Chromium headless, renderer built ${built}.`,
      ],
      teardown: () => gp.close(),
    };
  },
};

const bytesBench: BenchDefinition = {
  name: 'grid: bytes sent to the page after one edit',
  unit: 'KB',
  aim: { on: 'median', below: 5 },
  async setup(ctx) {
    const { gp, tree, kpi, column, edit } = await editPage(ctx, 'grid-bytes');
    let cell = 0;
    let sent = 0;
    return {
      subject: {
        label: 'every API answer the page reads for one grid edit, until it is quiet again',
        sample: async () => {
          await gp.settle();
          await gp.page.evaluate('window.__apiBytes = 0');
          const { value } = await edit();
          await gp.settle();
          sent = await gp.page.evaluate<number>('window.__apiBytes');
          cell = Buffer.byteLength(JSON.stringify({ kpiId: kpi.id, period: '', actual: value, target: null, note: '' }));
          return sent / 1024;
        },
      },
      baseline: {
        label: 'the written cell itself as JSON (the least an answer could carry)',
        sample: () => cell / 1024,
      },
      get notes() {
        return [
          `${ctx.workload('W1').label}; scorecard “${tree.scorecard.name}” (${tree.kpis.length} KPIs, ${tree.kpis.length * 120} measurements as months) by ${kpi.frequency}, cell “${kpi.name}, ${column}”; last edit: ${sent.toLocaleString('en-GB')} bytes of API answers (the save's answer: its value, the changed cell, the revision and the undo state).`,
        ];
      },
      teardown: () => gp.close(),
    };
  },
};

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? (s.length % 2 ? s[s.length >> 1]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2) : 0;
};

const scrollBench = (name: Extract<WorkloadName, 'W1' | 'W1x8'>): BenchDefinition => ({
  name: name === 'W1' ? 'grid: longest task scrolling top → bottom' : 'grid: longest task scrolling, 8x KPIs',
  unit: 'ms',
  aim: { on: 'median', below: 50 },
  async setup(ctx) {
    const built = ensureRenderer();
    const w = ctx.workload(name);
    const gp = await openGrid(ctx.copyOf(w, `grid-scroll-${name}`));
    try {
      const tree = await firstScorecard(gp);
      // Months are the most columns the grid shows.
      await viewBy(gp, 'month');
      const rows = await gp.page.evaluate<string>(INSTALL_SCROLL);
      let run = { ms: 0, frames: 0, gap: 0, long: 0, height: 0 };
      const walls = { grid: [] as number[], plain: [] as number[] };
      const scroll = (selector: string, walls: number[]) => async () => {
        // Back to the top first, outside the traced stretch: that jump is not part of scrolling down.
        await gp.page.evaluate(`window.__benchTop(${JSON.stringify(selector)})`);
        const task = await longestTask(gp, async () => {
          const r = await gp.page.evaluate<typeof run>(`window.__benchScroll(${JSON.stringify(selector)})`);
          if (selector === '.grid-scroller') run = r;
        });
        walls.push(task.wall);
        return task.cpu;
      };
      return {
        subject: {
          label: `scroll the grid top to bottom, ${STEP} px a frame; CPU time of the longest renderer main-thread task`,
          sample: scroll('.grid-scroller', walls.grid),
        },
        baseline: {
          label: 'the same scroll over static rows of the same size (no script)',
          sample: scroll('#bench-static', walls.plain),
        },
        get notes() {
          return [
            `${w.label}; scorecard “${tree.scorecard.name}”: ${tree.kpis.length} KPIs, ${Number(rows) - 1} grid rows by month, ${run.height.toLocaleString('en-GB')} px; last run ${run.frames} frames in ${run.ms.toFixed(0)} ms, longest frame ${run.gap.toFixed(1)} ms, ${run.long} long tasks (≥ 50 ms wall). By wall clock the longest task had a median of ${median(walls.grid).toFixed(1)} ms (static rows ${median(walls.plain).toFixed(1)} ms): on this shared machine the rest is time spent waiting for a core. Renderer built ${built}.`,
          ];
        },
        teardown: () => gp.close(),
      };
    } catch (err) {
      await gp.close();
      throw err;
    }
  },
});

export const grid: BenchDefinition[] = [editBench, bytesBench, scrollBench('W1'), scrollBench('W1x8')];
