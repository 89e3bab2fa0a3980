/**
 * How the strategy check's verdicts look on the map: by the line's pattern and weight, never by colour alone, so the
 * legend reads the same in print, in both themes and to a person who does not tell colours apart.
 */
import type { CheckVerdict } from '../../../shared/analysis';
import { t } from '../../../shared/i18n';

export interface VerdictStyle {
  /** The verdict in the legend and the link's name, in the current language. */
  readonly label: string;
  /** SVG stroke-dasharray; undefined for a solid line. */
  dash: string | undefined;
  width: number;
  opacity: number;
  /** Round caps turn the short dashes of "too little data" into dots. */
  cap: 'round' | 'butt';
}

export const VERDICT_STYLE: Record<CheckVerdict, VerdictStyle> = {
  supported: {
    get label() {
      return t('map:verdict.supported');
    },
    dash: undefined,
    width: 3.4,
    opacity: 1,
    cap: 'butt',
  },
  'not-supported': {
    get label() {
      return t('map:verdict.notSupported');
    },
    dash: '9 6',
    width: 1.8,
    opacity: 1,
    cap: 'butt',
  },
  'too-little-data': {
    get label() {
      return t('map:verdict.tooLittleData');
    },
    dash: '0.1 5',
    width: 2.2,
    opacity: 0.6,
    cap: 'round',
  },
};

export const VERDICTS: readonly CheckVerdict[] = ['supported', 'not-supported', 'too-little-data'];

/** The verdict's key in the catalogue (map:verdict.*, map:canvas.verdict.*). */
export const VERDICT_KEY = {
  supported: 'supported',
  'not-supported': 'notSupported',
  'too-little-data': 'tooLittleData',
} as const satisfies Record<CheckVerdict, string>;
