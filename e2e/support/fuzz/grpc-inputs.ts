/**
 * Hostile request bodies for a gRPC method, built from its request message's descriptor (the
 * contracts' service definitions carry it): bytes that are not protobuf at all, fields sent with the
 * wrong wire type, truncated and nested garbage, strings that are not UTF-8, huge lengths and counts.
 * A seeded generator makes a CI run reproducible.
 */

/** The parts of a proto-loader field descriptor used here. */
export interface FieldDescriptor {
  name: string;
  number: number;
  type: string;
  label: string;
}

/** xorshift32: small, seedable, good enough to pick bytes. */
export function random(seed: number): () => number {
  let state = seed >>> 0 || 1;
  return () => {
    state ^= state << 13;
    state >>>= 0;
    state ^= state >>> 17;
    state ^= state << 5;
    state >>>= 0;
    return state / 0x1_0000_0000;
  };
}

function varint(value: number): number[] {
  const bytes: number[] = [];
  let rest = value;
  while (rest >= 0x80) {
    bytes.push((rest % 0x80) | 0x80);
    rest = Math.floor(rest / 0x80);
  }
  bytes.push(rest);
  return bytes;
}

const key = (field: number, wireType: number): number[] => varint(field * 8 + wireType);

function lengthDelimited(field: number, payload: Uint8Array | number[]): number[] {
  return [...key(field, 2), ...varint(payload.length), ...payload];
}

const LENGTH_DELIMITED = new Set(['TYPE_STRING', 'TYPE_BYTES', 'TYPE_MESSAGE']);

export interface HostileInput {
  label: string;
  bytes: Buffer;
}

/**
 * The hostile bodies for one request message: always the fixed malformed ones, then per field a wrong
 * wire type (and, by its type, text that is not UTF-8, garbage inside a nested message, `repeatedItems`
 * items, the most extreme number), then `randomCount` messages of random fields.
 */
export function hostileInputs(
  fields: readonly FieldDescriptor[],
  next: () => number,
  randomCount: number,
  repeatedItems: number,
  /** How many of the message's fields get their per-field mutations (CI: the first few). */
  fieldCount = Number.POSITIVE_INFINITY,
): HostileInput[] {
  const bytes = (length: number): number[] => Array.from({ length }, () => Math.floor(next() * 256));
  const inputs: HostileInput[] = [
    // A key with field number 0 (invalid), then a varint that never ends.
    {
      label: 'not protobuf',
      bytes: Buffer.from([0x00, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff]),
    },
    // Field 1 announces 1 000 000 bytes and carries three.
    { label: 'truncated length', bytes: Buffer.from([...key(1, 2), ...varint(1_000_000), 0x61, 0x62, 0x63]) },
    // Wire types 6 and 7 do not exist; 3/4 are the deprecated groups, here unbalanced.
    { label: 'unknown wire type', bytes: Buffer.from([...key(1, 7), 0x01, ...key(2, 6)]) },
    { label: 'unbalanced group', bytes: Buffer.from([...key(1, 3), ...key(2, 0), 0x01]) },
    { label: 'random bytes', bytes: Buffer.from(bytes(64)) },
  ];
  for (const field of fields.slice(0, fieldCount)) {
    const wrong = LENGTH_DELIMITED.has(field.type)
      ? // A string, bytes or message field sent as a varint (the largest one).
        [...key(field.number, 0), ...varint(2 ** 53 - 1)]
      : // A number, bool or enum sent as length-delimited garbage.
        lengthDelimited(field.number, bytes(12));
    inputs.push({ label: `${field.name}: wrong wire type`, bytes: Buffer.from(wrong) });
    if (field.type === 'TYPE_STRING')
      inputs.push({
        label: `${field.name}: not UTF-8`,
        bytes: Buffer.from(lengthDelimited(field.number, [0xc3, 0x28, 0xff, 0xfe, 0xed, 0xa0, 0x80])),
      });
    if (field.type === 'TYPE_MESSAGE')
      inputs.push({
        label: `${field.name}: garbage inside`,
        bytes: Buffer.from(lengthDelimited(field.number, [0x00, ...bytes(16)])),
      });
    if (field.label === 'LABEL_REPEATED')
      inputs.push({
        label: `${field.name}: ${repeatedItems} items`,
        bytes: Buffer.concat(
          Array.from({ length: repeatedItems }, () =>
            Buffer.from(
              LENGTH_DELIMITED.has(field.type)
                ? lengthDelimited(field.number, field.type === 'TYPE_MESSAGE' ? [] : [0x61])
                : [...key(field.number, 0), 0x01],
            ),
          ),
        ),
      });
    if (['TYPE_INT64', 'TYPE_UINT64', 'TYPE_INT32', 'TYPE_ENUM', 'TYPE_SINT64'].includes(field.type))
      inputs.push({
        label: `${field.name}: extreme number`,
        // Ten bytes of 0xff…0x01: the largest 64-bit varint (-1 as a signed int64).
        bytes: Buffer.from([
          ...key(field.number, 0),
          0xff,
          0xff,
          0xff,
          0xff,
          0xff,
          0xff,
          0xff,
          0xff,
          0xff,
          0x01,
        ]),
      });
  }
  for (let index = 0; index < randomCount; index += 1) {
    const parts: number[] = [];
    for (const field of fields) {
      if (next() < 0.5) continue;
      const payload = bytes(Math.floor(next() * 40));
      parts.push(
        ...(next() < 0.5
          ? lengthDelimited(field.number, payload)
          : [...key(field.number, 0), ...varint(Math.floor(next() * 2 ** 40))]),
      );
    }
    inputs.push({ label: `random fields #${index}`, bytes: Buffer.from(parts) });
  }
  return inputs;
}

/** A message of `size` bytes: past gRPC's 4 MiB receive limit, refused before any handler runs. */
export function oversized(size: number): HostileInput {
  return {
    label: `${size} bytes`,
    bytes: Buffer.concat([Buffer.from([...key(1, 2), ...varint(size)]), Buffer.alloc(size, 0x61)]),
  };
}

/**
 * A message of the first string field holding `size` bytes of text: within gRPC's 4 MiB limit, it
 * reaches the handler, which must refuse it as too long (or at worst accept it), never fail.
 */
export function hugeString(fields: readonly FieldDescriptor[], size: number): HostileInput | undefined {
  const field = fields.find((candidate) => candidate.type === 'TYPE_STRING');
  if (!field) return undefined;
  return {
    label: `${field.name}: ${size} bytes of text`,
    bytes: Buffer.concat([Buffer.from([...key(field.number, 2), ...varint(size)]), Buffer.alloc(size, 0x61)]),
  };
}
