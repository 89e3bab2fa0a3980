/** app.* and document.* : opening, creating, closing and copying documents. */
import { SCHEMA_VERSION } from '../migrations';
import { exportDocument } from '../interchange-io';
import { getTemplate } from '../templates';
import { loadDocument } from './document-load';
import type { HandlerGroup, Handler } from './types';

declare const __APP_VERSION__: string | undefined;
const appVersion = typeof __APP_VERSION__ === 'string' ? __APP_VERSION__ : (process.env.npm_package_version ?? '0.1.0');

export const appInfo: Handler<'app.info'> = (_input, session) => ({
  version: appVersion,
  schemaVersion: SCHEMA_VERSION,
  mode: session.mode,
});

export const documentHandlers: HandlerGroup<'document'> = {
  'document.create': (input, session) =>
    session.createDocument(input.path, {
      name: input.name,
      overwrite: input.overwrite,
      // Looked up before any file is made: an unknown template leaves the disk as it was.
      template: input.template !== undefined ? getTemplate(input.template) : undefined,
    }),
  'document.open': (input, session) => session.openDocument(input.path),
  'document.info': (_input, session) => session.info(),
  'document.close': (_input, session) => {
    session.closeDocument();
    return null;
  },
  'document.saveAs': (input, session) => session.saveAs(input.path, input.overwrite),
  'document.export': (_input, session) => exportDocument(session.require().repos),
  'document.load': loadDocument,
};
