import { readFileSync } from 'node:fs';
import { leanWebm } from '../../build/lean-webm';

/** One EBML element: its id bytes, an 8-byte size field (as ffmpeg writes), and its data. */
const element = (id: number[], data: number[]) => {
  const size = [0x01, 0, 0, 0, 0, 0, 0, data.length];
  return [...id, ...size, ...data];
};
const HEADER = element([0x1a, 0x45, 0xdf, 0xa3], [0x42, 0x82, 0x84, ...Buffer.from('webm')]);
const INFO = element([0x15, 0x49, 0xa9, 0x66], [0x2a, 0xd7, 0xb1, 0x83, 0x0f, 0x42, 0x40]);
const TRACKS = element([0x16, 0x54, 0xae, 0x6b], [0xae, 0x83, 0xd7, 0x81, 0x01]);
const CLUSTER = element([0x1f, 0x43, 0xb6, 0x75], [0xe7, 0x81, 0x00, 0xa3, 0x84, 0x81, 0, 0, 0x80]);
const SEEK_HEAD = element([0x11, 0x4d, 0x9b, 0x74], [0x4d, 0xbb, 0x80]);
const VOID = [0xec, 0x85, 0, 0, 0, 0, 0];
const TAGS = element([0x12, 0x54, 0xc3, 0x67], [0x73, 0x73, 0x80]);
const CUES = element([0x1c, 0x53, 0xbb, 0x6b], [0xbb, 0x80]);

const file = (children: number[][]) => {
  const body = children.flat();
  return Uint8Array.from([...HEADER, ...element([0x18, 0x53, 0x80, 0x67], body)]);
};

test('seek index, padding, cues and tags go; header, info, tracks and audio stay, byte for byte', () => {
  const out = leanWebm(file([SEEK_HEAD, VOID, INFO, TRACKS, TAGS, CLUSTER, CUES]));
  const kept = [...INFO, ...TRACKS, ...CLUSTER];
  // The segment's size is rewritten in the shortest form: here one byte.
  expect([...out]).toEqual([...HEADER, 0x18, 0x53, 0x80, 0x67, 0x80 | kept.length, ...kept]);
});

test('a clip already lean comes out unchanged, and a file that is not WebM is refused', () => {
  const clip = readFileSync('public/audio/en/trusted-adults/meta.title.webm');
  expect(Buffer.from(leanWebm(clip)).equals(clip)).toBe(true);
  expect(() => leanWebm(Uint8Array.from([0x49, 0x44, 0x33, 0x04, 0, 0]))).toThrow(/not a WebM file/);
});
