export * from './catalog';
export * from './catalogs';
export * from './format';
export * from './localize';
export * from './wording';
