// A ZIP written by hand, so a test can say in its central directory what it likes: the parts
// of a zip bomb (a deflated stream of hundreds of MB in under a megabyte), or sizes that lie.
import { constants, crc32, createDeflateRaw } from 'node:zlib';

export interface ZipEntry {
  name: string;
  /** the raw deflate stream (method 8) */
  deflated: Buffer;
  crc: number;
  /** the size to declare once inflated */
  size: number;
}

/** `chunk` repeated `times` times, deflated as it streams (never held whole) */
export async function deflateRepeated(
  head: string,
  chunk: Buffer,
  times: number,
  tail: string,
): Promise<Omit<ZipEntry, 'name'>> {
  const z = createDeflateRaw({ level: constants.Z_BEST_COMPRESSION });
  const out: Buffer[] = [];
  z.on('data', (b: Buffer) => out.push(b));
  const done = new Promise((resolve) => z.on('end', resolve));
  let crc = crc32(head);
  z.write(head);
  for (let i = 0; i < times; i++) {
    crc = crc32(chunk, crc);
    if (!z.write(chunk)) await new Promise((resolve) => z.once('drain', resolve));
  }
  crc = crc32(tail, crc);
  z.end(tail);
  await done;
  return {
    deflated: Buffer.concat(out),
    crc,
    size: Buffer.byteLength(head) + chunk.length * times + Buffer.byteLength(tail),
  };
}

export async function deflated(name: string, data: Uint8Array): Promise<ZipEntry> {
  const { deflateRawSync } = await import('node:zlib');
  return { name, deflated: deflateRawSync(data), crc: crc32(data), size: data.length };
}

export function writeZip(entries: ZipEntry[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    const name = Buffer.from(e.name);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x0800, 6); // UTF-8 names
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(e.crc >>> 0, 14);
    local.writeUInt32LE(e.deflated.length, 18);
    local.writeUInt32LE(e.size >>> 0, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0x0800, 8);
    central.writeUInt16LE(8, 10);
    central.writeUInt32LE(e.crc >>> 0, 16);
    central.writeUInt32LE(e.deflated.length, 20);
    central.writeUInt32LE(e.size >>> 0, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, e.deflated);
    centrals.push(central, name);
    offset += 30 + name.length + e.deflated.length;
  }
  const dir = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(dir.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, dir, end]);
}
