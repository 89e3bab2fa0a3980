/** A status as printed: a glyph and words on a tinted pill, so it reads in greyscale too. */
import type { Status } from '../../shared/domain';
import { statusWords } from './report-format';

export function PrintStatus({ status }: { status: Status }) {
  const s = statusWords(status);
  return (
    <span className={`pstatus pstatus-${status}`}>
      <span className="pstatus-glyph">{s.glyph}</span> {s.label}
    </span>
  );
}
