/** The period choices live in src/shared, where the core's document.load chooses the same default as the renderer. */
export { convertPeriod, defaultPeriod } from '../../shared/period-choice';
