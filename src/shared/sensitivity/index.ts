/** Sensitivity, what-if and "what it takes" (docs/strategy-check.md): the scoring engine run on other choices. */
export { analyseSensitivity, swingSpan } from './weights';
export { changesBetween, whatIf } from './what-if';
export { whatItTakes } from './what-it-takes';
