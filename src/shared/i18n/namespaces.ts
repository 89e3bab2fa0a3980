/**
 * The catalogue's namespaces, one JSON file each per language under locales/<language>/. A namespace belongs to one
 * part of the product, so words for one screen are found (and translated) together.
 */
export const NAMESPACES = [
  'common',
  'numbers',
  'grid',
  'engine',
  'report',
  'menu',
  'shell',
  'cli',
  'errors',
  'panels',
  'app',
  'plans',
  'review',
  'map',
  'team',
  'history',
  'deck',
] as const;
export type Namespace = (typeof NAMESPACES)[number];
