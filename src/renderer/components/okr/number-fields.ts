/** Numbers typed into the OKR forms read like a cell of the grid does ("1,200", "€1,200", "12.5 %"): number-input.ts. */
import { parseNumberInput } from '../../../shared/number-input';
import { t } from '../../../shared/i18n';
import type { PayloadBuilder } from '../../form-kit';

/** Puts the number typed into `field` on the payload, or a message beside the field. */
export function typedNumber(b: PayloadBuilder, field: string, text: string, required = false): PayloadBuilder {
  const r = parseNumberInput(text);
  if (!r.ok) b.errors[field] = r.reason;
  else if (r.value === null && required) b.errors[field] = t('plans:okr.isRequired');
  else b.set(field, r.value);
  return b;
}
