/**
 * The code explanations, for panels that only decorate with them (the diagnostics' server codes). Import with a
 * dynamic `import()`: the codes table then stays out of the page's start-up JavaScript.
 */
export { explainCode } from '../api';
