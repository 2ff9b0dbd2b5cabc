export * from './kukar-villages';
export * from './kaltim-regencies';
export { REFERENCE_DATA_DIRECTORY } from './reference-csv';
