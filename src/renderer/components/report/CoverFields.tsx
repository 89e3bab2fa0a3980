/** The cover's fields: title, company, prepared by, date, and a logo kept in the document as a data URL. */
import { useId, useState } from 'react';
import { MAX_LOGO_CHARS, type ReportCover } from '../../../shared/report';

interface Props {
  cover: ReportCover;
  placeholderCompany: string;
  onChange(cover: ReportCover): void;
}

function readAsDataUrl(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(reader.error ?? new Error('The file could not be read.'));
    reader.readAsDataURL(file);
  });
}

export function CoverFields({ cover, placeholderCompany, onChange }: Props) {
  const id = useId();
  const [logoError, setLogoError] = useState<string | null>(null);
  const set = (patch: Partial<ReportCover>) => onChange({ ...cover, ...patch });

  async function pickLogo(file: File | undefined): Promise<void> {
    if (!file) return;
    const url = await readAsDataUrl(file);
    if (!/^data:image\/(png|jpeg|gif|webp|svg\+xml);base64,/.test(url)) {
      setLogoError('Choose a PNG, JPEG, GIF, WebP or SVG image.');
    } else if (url.length > MAX_LOGO_CHARS) {
      setLogoError('The logo must be at most about 1 MB.');
    } else {
      setLogoError(null);
      set({ logo: url });
    }
  }

  return (
    <fieldset className="fieldset">
      <legend>Cover</legend>
      <div className="field-row">
        <div className="field">
          <label htmlFor={`${id}-title`}>Title</label>
          <input
            id={`${id}-title`}
            value={cover.title}
            maxLength={200}
            onChange={(e) => set({ title: e.target.value })}
          />
        </div>
        <div className="field">
          <label htmlFor={`${id}-company`}>Company name</label>
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
          <label htmlFor={`${id}-by`}>Prepared by</label>
          <input
            id={`${id}-by`}
            value={cover.preparedBy}
            maxLength={200}
            onChange={(e) => set({ preparedBy: e.target.value })}
          />
        </div>
        <div className="field">
          <label htmlFor={`${id}-date`}>Date</label>
          <input
            id={`${id}-date`}
            type="date"
            value={cover.date ?? ''}
            aria-describedby={`${id}-date-hint`}
            onChange={(e) => set({ date: e.target.value || null })}
          />
          <p className="field-hint" id={`${id}-date-hint`}>
            Empty: the day you export.
          </p>
        </div>
      </div>
      <div className="field">
        <label htmlFor={`${id}-logo`}>Logo</label>
        <div className="logo-row">
          {cover.logo ? <img className="logo-preview" src={cover.logo} alt="Logo on the cover" /> : null}
          <input
            id={`${id}-logo`}
            type="file"
            accept="image/png,image/jpeg,image/gif,image/webp,image/svg+xml"
            aria-describedby={`${id}-logo-hint`}
            onChange={(e) => void pickLogo(e.target.files?.[0])}
          />
          {cover.logo ? (
            <button type="button" className="small" onClick={() => set({ logo: null })}>
              Remove logo
            </button>
          ) : null}
        </div>
        <p className="field-hint" id={`${id}-logo-hint`}>
          Kept inside the document, so the report prints the same on any computer.
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
