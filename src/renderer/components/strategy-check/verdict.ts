/** How a verdict is shown: words and a glyph beside the colour, never the colour alone (as the map's arrows do). */
import type { CheckVerdict } from '../../../shared/analysis';

export const VERDICT_TEXT: Record<CheckVerdict, { glyph: string; label: string }> = {
  supported: { glyph: '✓', label: 'Supported' },
  'not-supported': { glyph: '✕', label: 'Not supported' },
  'too-little-data': { glyph: '…', label: 'Too little data' },
};
