// The persistent DOCX -> PDF converter: one headless LibreOffice, driven over UNO by
// uno-bridge.py, converting one document at a time from a queue — not one LibreOffice start
// per document. Measured on the development machine (2 vCPU, LibreOffice 7.4.7, one-page
// Chinese DOCX): cold start with the first document 1.0 s (1.7 s with other work running),
// then 35–45 ms a document; a one-shot `soffice --convert-to pdf` takes 0.8–0.9 s each.
//
// Needs Debian's libreoffice-writer-nogui, python3-uno (importable by /usr/bin/python3, which
// is why the bridge does not run on whatever python3 is first on PATH) and fonts-noto-cjk;
// fonts.conf maps the standard document fonts to Noto CJK. JIANDU_SOFFICE overrides the path
// of soffice (e.g. a LibreOffice installed under /opt).
//
// The bridge owns LibreOffice and ends it when its stdin closes or its parent dies, so a Node
// process that exits, however it exits, leaves no LibreOffice behind.
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import type { Socket } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';

const SOFFICE = process.env.JIANDU_SOFFICE || '/usr/bin/soffice';
const PYTHON = '/usr/bin/python3';
const here = path.dirname(fileURLToPath(import.meta.url));

/** LibreOffice or python3-uno is not installed: PDF cannot be made here (DOCX still can) */
export class ConverterUnavailable extends Error {
  override name = 'ConverterUnavailable';
}

export interface PdfConverter {
  toPdf(docx: Uint8Array): Promise<Uint8Array>;
  close(): Promise<void>;
  /** how many times LibreOffice was started: once, unless it crashed or timed out */
  readonly starts: number;
}

let available: boolean | null = null;
/** soffice and /usr/bin/python3 exist and uno imports (checked once) */
export function libreOfficeAvailable(): boolean {
  if (available === null)
    available =
      fs.existsSync(SOFFICE) &&
      fs.existsSync(PYTHON) &&
      spawnSync(PYTHON, ['-c', 'import uno'], { stdio: 'ignore', timeout: 10_000 }).status === 0;
  return available;
}

interface Answer {
  ok: boolean;
  error?: string;
  /** the bridge exited before answering: LibreOffice died, not necessarily because of this document */
  lost?: boolean;
}

interface Bridge {
  proc: ChildProcess;
  dir: string;
  pipe: string;
  /** LibreOffice's process group, once the bridge reports it */
  officePid: number | null;
  ready: Promise<void>;
  exited: Promise<void>;
  pending: Map<number, (a: Answer) => void>;
  stderr: string;
}

function killGroup(pid: number | null | undefined) {
  if (!pid) return;
  try {
    process.kill(-pid, 'SIGKILL');
  } catch {
    // already gone
  }
}

/** For a hung LibreOffice: kill it, and the bridge cleans up and exits. Before the bridge has
 * said which process LibreOffice is, SIGTERM asks the bridge to end it. Either way the bridge
 * is killed if it is still there after 10 s. */
function kill(b: Bridge) {
  if (b.officePid) killGroup(b.officePid);
  else {
    try {
      process.kill(b.proc.pid!, 'SIGTERM');
    } catch {
      // already gone
    }
  }
  const late = setTimeout(() => killGroup(b.proc.pid), 10_000);
  late.unref();
  b.exited.then(() => clearTimeout(late));
}

/**
 * LibreOffice left behind by a process of ours that was killed outright (its pipe is named
 * jiandu_<node pid>_…): stopped before a new one starts, with its temporary profile.
 */
let reaped = false;
function reapOrphans() {
  if (reaped) return;
  reaped = true;
  let pids: string[];
  try {
    pids = fs.readdirSync('/proc').filter((p) => /^\d+$/.test(p));
  } catch {
    return;
  }
  for (const pid of pids) {
    let cmd: string;
    try {
      cmd = fs.readFileSync(`/proc/${pid}/cmdline`, 'latin1');
    } catch {
      continue;
    }
    const owner = /pipe,name=jiandu_(\d+)_/.exec(cmd)?.[1];
    if (!owner || fs.existsSync(`/proc/${owner}`)) continue;
    try {
      process.kill(Number(pid), 'SIGKILL');
    } catch {
      // gone meanwhile
    }
    const profile = /UserInstallation=file:\/\/(\/tmp\/jiandu-pdf-[^/\s\0]+)\/profile/.exec(cmd)?.[1];
    if (profile) fs.rmSync(profile, { recursive: true, force: true });
  }
}

function startBridge(onExit: (b: Bridge) => void): Bridge {
  reapOrphans();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jiandu-pdf-'));
  const pipe = `jiandu_${process.pid}_${randomUUID().slice(0, 8)}`;
  const proc = spawn(PYTHON, [path.join(here, 'uno-bridge.py'), SOFFICE, pipe, dir, String(process.pid)], {
    // a process group of its own, so that a kill reaches it and nothing else
    detached: true,
    stdio: ['pipe', 'pipe', 'pipe'],
    env: { ...process.env, FONTCONFIG_FILE: path.join(here, 'fonts.conf'), SAL_USE_VCLPLUGIN: 'svp' },
  });
  let readyResolve!: () => void;
  let readyReject!: (e: Error) => void;
  const ready = new Promise<void>((res, rej) => {
    readyResolve = res;
    readyReject = rej;
  });
  ready.catch(() => undefined);
  let exitedResolve!: () => void;
  const exited = new Promise<void>((res) => {
    exitedResolve = res;
  });
  const b: Bridge = { proc, dir, pipe, officePid: null, ready, exited, pending: new Map(), stderr: '' };

  createInterface({ input: proc.stdout! }).on('line', (line) => {
    let msg: { office?: number; ready?: boolean; id?: number; ok?: boolean; error?: string };
    try {
      msg = JSON.parse(line);
    } catch {
      return;
    }
    if (msg.office !== undefined) b.officePid = msg.office;
    else if (msg.ready !== undefined) {
      if (msg.ready) readyResolve();
      else readyReject(new Error(`LibreOffice did not start: ${msg.error ?? ''}`));
    } else if (msg.id !== undefined) {
      b.pending.get(msg.id)?.({ ok: Boolean(msg.ok), error: msg.error });
      b.pending.delete(msg.id);
    }
  });
  proc.stderr!.setEncoding('utf8');
  proc.stderr!.on('data', (s: string) => {
    b.stderr = (b.stderr + s).slice(-2000);
  });
  proc.on('error', (e) => readyReject(e));
  // writing to a bridge that just died: its exit answers for the request
  proc.stdin!.on('error', () => undefined);
  // 'close', not 'exit': every answer the bridge wrote has been read by then
  proc.on('close', (code, signal) => {
    const why = `the PDF converter exited (${signal ?? code})${b.stderr ? `: ${b.stderr.trim()}` : ''}`;
    readyReject(new Error(why));
    for (const answer of b.pending.values()) answer({ ok: false, error: why, lost: true });
    b.pending.clear();
    // the bridge ends LibreOffice itself unless it was killed (only then, lest the pid be reused)
    if (signal) killGroup(b.officePid);
    fs.rmSync(b.dir, { recursive: true, force: true });
    onExit(b);
    exitedResolve();
  });
  // an idle converter does not keep the process alive; a conversion in progress holds its timer
  proc.unref();
  for (const s of [proc.stdin, proc.stdout, proc.stderr]) (s as Socket | null)?.unref?.();
  return b;
}

function makeConverter(timeoutMs: number): PdfConverter & { release(): void } {
  let running: Bridge | null = null;
  /** killed after a timeout and still cleaning up: close() waits for them too */
  const dying = new Set<Bridge>();
  let queue: Promise<unknown> = Promise.resolve();
  let nextId = 1;
  let starts = 0;

  function bridge(): Bridge {
    if (!libreOfficeAvailable())
      throw new ConverterUnavailable('LibreOffice (soffice) or python3-uno is not installed');
    if (!running) {
      starts++;
      running = startBridge((b) => {
        if (running === b) running = null;
        dying.delete(b);
      });
    }
    return running;
  }

  async function convert(docx: Uint8Array, retry = true): Promise<Uint8Array> {
    // a DOCX is a ZIP; LibreOffice would turn an empty file into an empty page
    if (docx.length < 4 || docx[0] !== 0x50 || docx[1] !== 0x4b)
      throw new Error('PDF conversion failed: the input is not a DOCX file');
    const b = bridge();
    const id = nextId++;
    const input = path.join(b.dir, `${id}.docx`);
    const output = path.join(b.dir, `${id}.pdf`);
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => {
        // a hung LibreOffice: kill it, and the next document starts a fresh one
        if (running === b) running = null;
        dying.add(b);
        kill(b);
        reject(
          new Error(
            `PDF conversion timed out after ${timeoutMs} ms; LibreOffice was stopped and the next document starts a fresh one`,
          ),
        );
      }, timeoutMs);
    });
    /** the PDF, or null when LibreOffice died before answering */
    const work = async (): Promise<Uint8Array | null> => {
      await b.ready;
      fs.writeFileSync(input, docx);
      const answer = await new Promise<Answer>((resolve) => {
        b.pending.set(id, resolve);
        b.proc.stdin!.write(`${JSON.stringify({ id, in: input, out: output })}\n`);
      });
      if (answer.lost && retry) return null;
      if (!answer.ok) throw new Error(`PDF conversion failed: ${answer.error ?? 'unknown error'}`);
      return new Uint8Array(fs.readFileSync(output));
    };
    let pdf: Uint8Array | null;
    try {
      pdf = await Promise.race([work(), timeout]);
    } finally {
      clearTimeout(timer);
      fs.rmSync(input, { force: true });
      fs.rmSync(output, { force: true });
    }
    // LibreOffice died (say while idle) without an answer: once more on a fresh one
    return pdf ?? convert(docx, false);
  }

  return {
    get starts() {
      return starts;
    },
    toPdf(docx: Uint8Array): Promise<Uint8Array> {
      const job = queue.then(() => convert(docx));
      queue = job.catch(() => undefined);
      return job;
    },
    async close() {
      await queue;
      const b = running;
      running = null;
      // stdin closed: the bridge terminates LibreOffice cleanly; killed if that takes too long.
      // The timer also keeps the process alive until they are gone.
      b?.proc.stdin?.end();
      const all = [...dying, ...(b ? [b] : [])];
      const late = setTimeout(() => all.forEach(kill), 20_000);
      await Promise.all(all.map((x) => x.exited));
      clearTimeout(late);
    },
    /** synchronous, for process exit: the bridge sees its stdin close and ends LibreOffice */
    release() {
      running?.proc.stdin?.destroy();
    },
  };
}

/** a converter of one's own (tests, tools); the caller closes it */
export function createPdfConverter(opts: { timeoutMs?: number } = {}): PdfConverter {
  return makeConverter(opts.timeoutMs ?? 60_000);
}

let shared: ReturnType<typeof makeConverter> | null = null;
/** the process-wide converter: LibreOffice starts on the first document and ends with the process */
export function sharedPdfConverter(): PdfConverter {
  if (!shared) {
    const s = makeConverter(60_000);
    shared = s;
    process.once('exit', () => s.release());
  }
  return shared;
}
