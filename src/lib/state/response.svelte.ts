import type { ImportRequest, ResponseReport } from '../api';
import { utf8ByteLength } from '../api';
// Responses larger than this are shown raw, without loading the parser (zod-free module: start-up budget).
import { MAX_RESPONSE_BYTES } from '../api/facts';
import { coreChunk } from '../lazy/chunks';

export type ParseResponse = (text: string, request?: ImportRequest) => ResponseReport;
export type LoadResponseParser = () => Promise<ParseResponse>;

/** The parser uses zod: it lives in its own lazy chunk, loaded on the first response (start-up budget). */

const loadCoreParser: LoadResponseParser = async () => (await coreChunk.load()).parseImportResponse;

/**
 * - `empty`: nothing pasted yet;
 * - `too-large`: over MAX_RESPONSE_BYTES, shown raw only;
 * - `parsing`: waiting for the parser chunk;
 * - `parsed`: `report` holds the explanation;
 * - `unavailable`: the parser chunk failed to load (e.g. offline after an update); `loadError` says why.
 */
export type ResponseStage = 'empty' | 'too-large' | 'parsing' | 'parsed' | 'unavailable';

/** Why the explanation is unavailable: the parser did not load, or failed on the text; `detail` is the error's. */
export interface ResponseLoadError {
  what: 'load' | 'parse';
  detail: string;
}

/**
 * What the Response panel shows: a response text (pasted, later received) explained against the request it
 * answers, i.e. the request that was sent (SendingState sets it), never the editor's current text.
 */
export class ResponseInspector {
  #text = $state('');
  #request = $state.raw<ImportRequest | undefined>(undefined);
  #stage = $state<ResponseStage>('empty');
  /** Raw: reports are plain data and can be large; no deep proxy needed. */
  #report = $state.raw<ResponseReport | undefined>(undefined);
  #byteSize = $state(0);
  #loadError = $state.raw<ResponseLoadError | undefined>(undefined);

  #loadParser: LoadResponseParser;
  #parser: Promise<ParseResponse> | undefined;
  // Each analysis gets a number; a slower, older one never overwrites a newer result.
  #generation = 0;

  constructor(loadParser: LoadResponseParser = loadCoreParser) {
    this.#loadParser = loadParser;
  }

  /** The response text shown. */
  get text(): string {
    return this.#text;
  }

  /** The request the response is explained against (the one sent), if known. */
  get request(): ImportRequest | undefined {
    return this.#request;
  }

  /** A new response text (typed, pasted or received): explained against `request`. */
  setText(text: string): void {
    this.#text = text;
    void this.analyse(text, this.#request);
  }

  /** The request a response now answers (a send): the text in hand is explained against it again. */
  setRequest(request: ImportRequest | undefined): void {
    this.#request = request;
    void this.analyse(this.#text, request);
  }

  get stage(): ResponseStage {
    return this.#stage;
  }

  /** The explanation, once `stage` is `parsed`. */
  get report(): ResponseReport | undefined {
    return this.#report;
  }

  /** UTF-8 size of the text last analysed. */
  get byteSize(): number {
    return this.#byteSize;
  }

  /** Why the parser is unavailable, when `stage` is `unavailable` (the panel says it in the page's language). */
  get loadError(): ResponseLoadError | undefined {
    return this.#loadError;
  }

  /** Explains `text` against the request it answers (if known), without keeping either. Never throws. */
  async analyse(text: string, request?: ImportRequest): Promise<void> {
    const generation = ++this.#generation;
    this.#report = undefined;
    this.#loadError = undefined;
    this.#byteSize = utf8ByteLength(text);
    if (text.trim() === '') {
      this.#stage = 'empty';
      return;
    }
    if (this.#byteSize > MAX_RESPONSE_BYTES) {
      this.#stage = 'too-large';
      return;
    }
    this.#stage = 'parsing';
    let parse: ParseResponse;
    try {
      parse = await this.#parserOnce();
    } catch (error) {
      // A failed chunk load may succeed on the next try (network back): forget the failed promise.
      this.#parser = undefined;
      if (generation === this.#generation) this.#fail('load', error);
      return;
    }
    if (generation !== this.#generation) return;
    let report: ResponseReport;
    try {
      report = parse(text, request);
    } catch (error) {
      this.#fail('parse', error);
      return;
    }
    this.#report = report;
    this.#stage = 'parsed';
  }

  #fail(what: ResponseLoadError['what'], error: unknown) {
    this.#stage = 'unavailable';
    this.#loadError = { what, detail: error instanceof Error ? error.message : String(error) };
  }

  #parserOnce(): Promise<ParseResponse> {
    this.#parser ??= this.#loadParser();
    return this.#parser;
  }
}
