// Text ingestion: bytes of a policy text → paragraphs with an exact way back to the original.
export { describeWarning, InputError, type InputProblem } from './errors';
export { decode, type Decoded, type Encoding } from './decode';
export { ingest, type Ingested } from './ingest';
export { lineAt, lineIndex, LineIndex } from './lines';
export { normalizeText } from './normalize';
export { districtIn, districtLabel } from './scope';
