/**
 * The zod-based names of the core that the inspector panels load on demand. Import this module only with a
 * dynamic `import()`: it is its own lazy chunk. A dynamic `import('../api')` would not be, because the page
 * also imports the index statically, so the bundler would put all of the index (zod included) in start-up.
 */
export { elementDocs, fieldDocs, loadSchemaDocs, parseImportResponse } from '../api';
