/** RFC 6901 JSON Pointers. */
export type PathSegment = string | number;

const escapeSegment = (segment: PathSegment) => String(segment).replace(/~/g, '~0').replace(/\//g, '~1');

export function toPointer(path: readonly PathSegment[]): string {
  let pointer = '';
  for (const segment of path) pointer += '/' + escapeSegment(segment);
  return pointer;
}

export function fromPointer(pointer: string): string[] {
  if (pointer === '') return [];
  const segments = pointer.slice(1).split('/');
  // Most segments have no escape: skip the replacing (pointers come by the hundred thousand in long exports).
  for (let i = 0; i < segments.length; i++) {
    if (segments[i].includes('~')) segments[i] = segments[i].replace(/~1/g, '/').replace(/~0/g, '~');
  }
  return segments;
}
