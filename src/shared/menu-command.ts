/**
 * What Electron's native menu asks the page to do. Main sends it as a 'quadrant:event'; the page carries it out,
 * because only the page knows what has focus (a text field keeps its own undo) and which view is showing.
 */
import type { LanguageChoice } from './i18n/languages';
import type { ViewId } from './views';

export type MenuCommand =
  | {
      type: 'menu';
      command:
        | 'undo'
        | 'redo'
        | 'toggle-theme'
        | 'restore-backup'
        | 'close-period'
        | 'new-scorecard'
        | 'kpi-library'
        | 'import-values'
        | 'export-spreadsheet'
        | 'export-deck'
        | 'go-to-scorecard'
        | 'previous-scorecard'
        | 'next-scorecard'
        | 'parent-scorecard';
    }
  | { type: 'menu'; command: 'view'; view: ViewId }
  /** View ▸ Language: main has saved the choice and rebuilt its menu; the page switches and tells the backend. */
  | { type: 'menu'; command: 'language'; choice: LanguageChoice };
