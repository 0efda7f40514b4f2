/** The snapshot is written like every build output (one helper, in @acces-soins/validate): all of it, or nothing. */
export { writeDirectoryAtomically as writeAtomically } from '@acces-soins/validate';
