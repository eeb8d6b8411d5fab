/**
 * The endpoint's query parameters and what each means, for the Reference panel (TENCENT-IM §1). Zod-free. A
 * module of its own, imported by path and not re-exported by the index, so that its text sits in the chunk of
 * the panel that shows it (the start-up chunk is at its budget: see ARCHITECTURE-core.md).
 */
import { MAX_UINT32 } from './facts';

/** A query parameter of the endpoint and what it means, for the Reference panel. */
export interface QueryParameterDoc {
  name: string;
  meaning: string;
}

/** The endpoint's query parameters, in the order the URL carries them (TENCENT-IM §1). */
export const QUERY_PARAMETERS: readonly QueryParameterDoc[] = [
  { name: 'sdkappid', meaning: 'The SDKAppID the IM console assigned to the app.' },
  { name: 'identifier', meaning: 'An app admin account (not an ordinary user).' },
  {
    name: 'usersig',
    meaning: 'The admin’s UserSig: a secret. The console redacts it wherever it shows the URL.',
  },
  { name: 'random', meaning: `A fresh random 32-bit unsigned integer (0..${MAX_UINT32}) per call.` },
  { name: 'contenttype', meaning: 'Always json.' },
];
