-- Reminder mail (optional, through SMTP): a staff member's address, and what was mailed, so
-- that each deadline is mailed once at each stage (due soon, then overdue) and no more.
ALTER TABLE users ADD COLUMN email text CHECK (email IS NULL OR (length(email) <= 254 AND email LIKE '%_@_%'));

CREATE TABLE reminder_mails (
  user_id    uuid NOT NULL REFERENCES users (id),
  -- the inbox item: its page, stage, due date and what is asked (items.ts)
  item_key   text NOT NULL,
  severity   text NOT NULL CHECK (severity IN ('overdue', 'due_soon', 'todo')),
  sent_at    timestamptz NOT NULL,
  PRIMARY KEY (user_id, item_key)
);
