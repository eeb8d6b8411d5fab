export * from './elements';
export * from './request';
export * from './docs';
export { ELEMENT_EXAMPLES, MESSAGE_EXAMPLE, REQUEST_EXAMPLE, type ElementExampleType } from './examples';
export { docTextsOf, type SchemaDocCatalog, type SchemaDocText } from './doc-texts';
