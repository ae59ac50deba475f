// The persistent DOCX -> PDF converter: one headless LibreOffice, driven over UNO by
// uno-bridge.py, converting one document at a time from a queue — not one LibreOffice start
// per document (a cold start takes seconds; a warm conversion a fraction of one).
// JIANDU_SOFFICE overrides the path of soffice. Needs Debian's libreoffice-writer-nogui,
// python3-uno and fonts-noto-cjk; fonts.conf maps the standard document fonts to Noto.
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';

const SOFFICE = process.env.JIANDU_SOFFICE || '/usr/bin/soffice';
const PYTHON = '/usr/bin/python3';
const here = path.dirname(fileURLToPath(import.meta.url));

export class ConverterUnavailable extends Error {}

export interface PdfConverter {
  toPdf(docx: Uint8Array): Promise<Uint8Array>;
  close(): Promise<void>;
  /** how many times LibreOffice was started (once, unless it crashed or hung) */
  readonly starts: number;
}

let available: boolean | null = null;
/** LibreOffice and the UNO bridge are installed (checked once) */
export function libreOfficeAvailable(): boolean {
  if (available === null)
    available =
      fs.existsSync(SOFFICE) &&
      spawnSync(PYTHON, ['-c', 'import uno'], { stdio: 'ignore', timeout: 10_000 }).status === 0;
  return available;
}

interface Running {
  proc: ChildProcess;
  answers: Map<number, (a: { ok: boolean; error?: string }) => void>;
  ready: Promise<void>;
  dir: string;
}

export function createPdfConverter(opts: { timeoutMs?: number } = {}): PdfConverter & { dispose(): void } {
  const timeoutMs = opts.timeoutMs ?? 60_000;
  let running: Running | null = null;
  let queue: Promise<unknown> = Promise.resolve();
  let nextId = 1;
  let starts = 0;

  function stop(r: Running) {
    if (running === r) running = null;
    r.proc.stdin?.end();
    try {
      if (r.proc.pid) process.kill(-r.proc.pid, 'SIGKILL');
    } catch {
      // already gone
    }
    for (const answer of r.answers.values()) answer({ ok: false, error: 'converter stopped' });
    r.answers.clear();
    fs.rmSync(r.dir, { recursive: true, force: true });
  }

  function start(): Running {
    if (!libreOfficeAvailable())
      throw new ConverterUnavailable('LibreOffice (soffice) or python3-uno is not installed');
    starts++;
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jiandu-soffice-'));
    const proc = spawn(
      PYTHON,
      [
        path.join(here, 'uno-bridge.py'),
        SOFFICE,
        `jiandu_${process.pid}_${randomUUID().slice(0, 8)}`,
        `file://${dir}/profile`,
      ],
      {
        // its own process group, so a hung LibreOffice can be killed with the bridge
        detached: true,
        stdio: ['pipe', 'pipe', 'ignore'],
        env: { ...process.env, FONTCONFIG_FILE: path.join(here, 'fonts.conf'), SAL_USE_VCLPLUGIN: 'svp' },
      },
    );
    const answers = new Map<number, (a: { ok: boolean; error?: string }) => void>();
    let readyResolve!: () => void;
    let readyReject!: (e: Error) => void;
    const ready = new Promise<void>((res, rej) => {
      readyResolve = res;
      readyReject = rej;
    });
    const r: Running = { proc, answers, ready, dir };
    createInterface({ input: proc.stdout! }).on('line', (line) => {
      let msg: { ready?: boolean; id?: number; ok?: boolean; error?: string };
      try {
        msg = JSON.parse(line);
      } catch {
        return;
      }
      if (msg.ready !== undefined) {
        if (msg.ready) readyResolve();
        else readyReject(new Error(msg.error ?? 'LibreOffice did not start'));
      } else if (msg.id !== undefined) {
        answers.get(msg.id)?.({ ok: Boolean(msg.ok), error: msg.error });
        answers.delete(msg.id);
      }
    });
    proc.on('exit', () => {
      readyReject(new Error('the converter exited'));
      stop(r);
    });
    proc.unref();
    (proc.stdout as unknown as { unref?: () => void }).unref?.();
    return r;
  }

  async function convert(docx: Uint8Array): Promise<Uint8Array> {
    if (!running) running = start();
    const r = running;
    const timer = setTimeout(() => stop(r), timeoutMs);
    try {
      await r.ready;
      const id = nextId++;
      const input = path.join(r.dir, `${id}.docx`);
      const output = path.join(r.dir, `${id}.pdf`);
      fs.writeFileSync(input, docx);
      try {
        const answer = await new Promise<{ ok: boolean; error?: string }>((resolve) => {
          r.answers.set(id, resolve);
          r.proc.stdin!.write(`${JSON.stringify({ id, in: input, out: output })}\n`);
        });
        if (!answer.ok) throw new Error(`PDF conversion failed: ${answer.error ?? 'unknown error'}`);
        return new Uint8Array(fs.readFileSync(output));
      } finally {
        fs.rmSync(input, { force: true });
        fs.rmSync(output, { force: true });
      }
    } finally {
      clearTimeout(timer);
    }
  }

  return {
    get starts() {
      return starts;
    },
    toPdf(docx) {
      const job = queue.then(() => convert(docx));
      queue = job.catch(() => undefined);
      return job;
    },
    async close() {
      await queue;
      if (running) stop(running);
    },
    dispose() {
      if (running) stop(running);
    },
  };
}

let shared: (PdfConverter & { dispose(): void }) | null = null;
/** the process-wide converter, started on first use and stopped when the process exits */
export function sharedPdfConverter(): PdfConverter {
  if (!shared) {
    shared = createPdfConverter();
    const s = shared;
    // synchronous on exit; a killed process takes LibreOffice with it through the bridge's parent-death signal
    process.once('exit', () => s.dispose());
  }
  return shared;
}
