/** Build outputs are written like every other step's (one helper, in @acces-soins/validate): all, or nothing. */
export { replaceDirectory, writeFileAtomically } from '@acces-soins/validate';
