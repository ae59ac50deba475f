// The data folder holds petitioners' names in the database's files and WAL: it is the server
// account's alone. Whatever the umask the server was started with, the folder is made 0700
// and everything under it 0600: the process umask becomes 077, so what PostgreSQL creates later
// (new WAL segments, tables) is private; PGlite, which sets its initial files 0666 itself, is
// repaired right after it opens (pglite.ts); and what an earlier start left open to others is
// repaired before anything else, and said so.
import fs from 'node:fs';
import path from 'node:path';

const PRIVATE_UMASK = 0o077;

/** makes `dataDir` private; returns the paths whose mode had to be repaired */
export function secureDataDir(dataDir: string): string[] {
  try {
    process.umask(PRIVATE_UMASK);
  } catch {
    // not settable here (a worker thread): what exists is repaired below all the same
  }
  fs.mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  const repaired: string[] = [];
  const walk = (p: string) => {
    const st = fs.lstatSync(p);
    if (st.isSymbolicLink()) return;
    if (st.mode & 0o077) {
      fs.chmodSync(p, st.mode & 0o700);
      repaired.push(p);
    }
    if (st.isDirectory()) for (const name of fs.readdirSync(p)) walk(path.join(p, name));
  };
  walk(dataDir);
  return repaired;
}

export function repairNotice(dataDir: string, repaired: string[]): string {
  return (
    `数据目录 ${dataDir} 中有 ${repaired.length} 个文件或目录可被其他账户读写，已改为仅本账户可访问（目录 0700，文件 0600）。` +
    ` / ${repaired.length} files or folders in the data folder ${dataDir} were open to other accounts;` +
    " they are now the server account's alone (folders 0700, files 0600). Check who may have read them."
  );
}
