/**
 * Drops what a short WebM clip carries only for seeking and labelling: the SeekHead (with the
 * Void ffmpeg reserves after it), Cues and Tags. A lesson has a hundred clips or more, each a
 * few seconds long and always decoded whole (Howler's Web Audio path), and those elements came to
 * about 300 bytes a clip: some 30 KB a lesson. What remains (EBML header, Info with the duration,
 * Tracks, Clusters) is a complete WebM file that browsers and ffmpeg play.
 */

const SEGMENT = 0x18538067;
/** SeekHead, Void, Cues, Tags: children of the Segment that a whole-file decode never reads. */
const DROPPED = new Set([0x114d9b74, 0xec, 0x1c53bb6b, 0x1254c367]);

type Element = { id: number; start: number; dataStart: number; end: number };

/** An EBML variable-length integer at `offset`: its value and length; `keepMarker` for element ids. */
function readVint(bytes: Uint8Array, offset: number, keepMarker: boolean) {
  const first = bytes[offset];
  if (first === undefined || first === 0) throw new Error(`not a WebM file: bad number at byte ${offset}`);
  const length = Math.clz32(first) - 23;
  let value = keepMarker ? first : first & (0xff >> length);
  let unknown = value === 0xff >> length;
  for (let i = 1; i < length; i++) {
    const byte = bytes[offset + i]!;
    value = value * 256 + byte;
    unknown &&= byte === 0xff;
  }
  return { value, length, unknown: !keepMarker && unknown };
}

function readElement(bytes: Uint8Array, offset: number): Element {
  const id = readVint(bytes, offset, true);
  const size = readVint(bytes, offset + id.length, false);
  const dataStart = offset + id.length + size.length;
  // An element of unknown size (a live stream) runs to the end of its parent: here, the file.
  const end = size.unknown ? bytes.length : dataStart + size.value;
  if (end > bytes.length) throw new Error(`not a WebM file: element at byte ${offset} runs past the end`);
  return { id: id.value, start: offset, dataStart, end };
}

/** The shortest EBML size field for `size`. */
function sizeField(size: number): Uint8Array {
  let length = 1;
  while (size >= 2 ** (7 * length) - 1) length++;
  const out = new Uint8Array(length);
  let rest = size;
  for (let i = length - 1; i >= 0; i--) {
    out[i] = rest % 256;
    rest = Math.floor(rest / 256);
  }
  out[0]! |= 0x80 >> (length - 1);
  return out;
}

export function leanWebm(file: Uint8Array): Uint8Array {
  const header = readElement(file, 0);
  const segment = readElement(file, header.end);
  if (segment.id !== SEGMENT) throw new Error('not a WebM file: no Segment after the EBML header');
  const kept: Uint8Array[] = [];
  for (let offset = segment.dataStart; offset < segment.end;) {
    const child = readElement(file, offset);
    if (!DROPPED.has(child.id)) kept.push(file.subarray(child.start, child.end));
    offset = child.end;
  }
  const body = kept.reduce((n, part) => n + part.length, 0);
  const segmentId = file.subarray(segment.start, segment.start + 4);
  const parts = [file.subarray(0, header.end), segmentId, sizeField(body), ...kept];
  const out = new Uint8Array(parts.reduce((n, part) => n + part.length, 0));
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}
