// Runs another domain's use case inside the caller's transaction: its `db.tx` joins the open
// transaction instead of starting one, so 暂扣行政执法证件 and the certificate's seizure commit
// or roll back together.
import type { Db, Queryable } from '../../db/client.ts';
import type { UseCase } from '../../use-case.ts';

export function withinTransaction(uc: UseCase, tx: Queryable): UseCase {
  const joined: Db = {
    kind: uc.db.kind,
    query: (q) => tx.query(q),
    exec: (text) => tx.exec(text),
    copyRows: (table, columns, rows) => tx.copyRows(table, columns, rows),
    tx: (fn) => fn(tx),
    withLock: (key, wait, fn) => uc.db.withLock(key, wait, fn),
    close: () => Promise.reject(new Error('a joined transaction is closed by its owner')),
  };
  return { ...uc, db: joined };
}
