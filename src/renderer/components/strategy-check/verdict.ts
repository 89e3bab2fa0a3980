/** How a verdict is shown: words and a glyph beside the colour, never the colour alone (as the map's arrows do). */
import type { CheckVerdict } from '../../../shared/analysis';
import { t } from '../../../shared/i18n';

/** Each verdict's glyph and its word in the current language (read when shown). */
export const VERDICT_TEXT: Record<CheckVerdict, { glyph: string; readonly label: string }> = {
  supported: {
    glyph: '✓',
    get label() {
      return t('map:check.verdict.supported');
    },
  },
  'not-supported': {
    glyph: '✕',
    get label() {
      return t('map:check.verdict.notSupported');
    },
  },
  'too-little-data': {
    glyph: '…',
    get label() {
      return t('map:check.verdict.tooLittleData');
    },
  },
};
