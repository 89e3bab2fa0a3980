/** The cover's fields: title, company, prepared by, date, and a logo kept in the document as a data URL. */
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { t as translate } from '../../../shared/i18n';
import { DEFAULT_COVER, MAX_LOGO_CHARS, type ReportCover } from '../../../shared/report';

interface Props {
  cover: ReportCover;
  placeholderCompany: string;
  onChange(cover: ReportCover): void;
}

function readAsDataUrl(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(reader.error ?? new Error(translate('report:coverFields.readFailed')));
    reader.readAsDataURL(file);
  });
}

export function CoverFields({ cover, placeholderCompany, onChange }: Props) {
  const { t } = useTranslation('report');
  const id = useId();
  const [logoError, setLogoError] = useState<string | null>(null);
  const set = (patch: Partial<ReportCover>) => onChange({ ...cover, ...patch });

  async function pickLogo(file: File | undefined): Promise<void> {
    if (!file) return;
    const url = await readAsDataUrl(file);
    if (!/^data:image\/(png|jpeg|gif|webp|svg\+xml);base64,/.test(url)) {
      setLogoError(t('coverFields.logoType'));
    } else if (url.length > MAX_LOGO_CHARS) {
      setLogoError(t('coverFields.logoSize'));
    } else {
      setLogoError(null);
      set({ logo: url });
    }
  }

  return (
    <fieldset className="fieldset">
      <legend>{t('coverFields.legend')}</legend>
      <div className="field-row">
        <div className="field">
          <label htmlFor={`${id}-title`}>{t('coverFields.title')}</label>
          <input
            id={`${id}-title`}
            // The untouched default title is the product's words: shown, and printed, in the person's language.
            value={cover.title === DEFAULT_COVER.title ? '' : cover.title}
            placeholder={t('cover.defaultTitle')}
            maxLength={200}
            onChange={(e) => set({ title: e.target.value })}
          />
        </div>
        <div className="field">
          <label htmlFor={`${id}-company`}>{t('coverFields.company')}</label>
          <input
            id={`${id}-company`}
            value={cover.companyName}
            placeholder={placeholderCompany}
            maxLength={200}
            onChange={(e) => set({ companyName: e.target.value })}
          />
        </div>
      </div>
      <div className="field-row">
        <div className="field">
          <label htmlFor={`${id}-by`}>{t('coverFields.preparedBy')}</label>
          <input
            id={`${id}-by`}
            value={cover.preparedBy}
            maxLength={200}
            onChange={(e) => set({ preparedBy: e.target.value })}
          />
        </div>
        <div className="field">
          <label htmlFor={`${id}-date`}>{t('coverFields.date')}</label>
          <input
            id={`${id}-date`}
            type="date"
            value={cover.date ?? ''}
            aria-describedby={`${id}-date-hint`}
            onChange={(e) => set({ date: e.target.value || null })}
          />
          <p className="field-hint" id={`${id}-date-hint`}>
            {t('coverFields.dateHint')}
          </p>
        </div>
      </div>
      <div className="field">
        <label htmlFor={`${id}-logo`}>{t('coverFields.logo')}</label>
        <div className="logo-row">
          {cover.logo ? <img className="logo-preview" src={cover.logo} alt={t('coverFields.logoAlt')} /> : null}
          <input
            id={`${id}-logo`}
            type="file"
            accept="image/png,image/jpeg,image/gif,image/webp,image/svg+xml"
            aria-describedby={`${id}-logo-hint`}
            onChange={(e) => void pickLogo(e.target.files?.[0])}
          />
          {cover.logo ? (
            <button type="button" className="small" onClick={() => set({ logo: null })}>
              {t('coverFields.removeLogo')}
            </button>
          ) : null}
        </div>
        <p className="field-hint" id={`${id}-logo-hint`}>
          {t('coverFields.logoHint')}
        </p>
        {logoError ? (
          <p className="field-error">
            <span aria-hidden="true">✕ </span>
            {logoError}
          </p>
        ) : null}
      </div>
    </fieldset>
  );
}
