// A tiny tagged template for parameterised SQL. Values become $n placeholders; nested
// fragments are inlined with their placeholders renumbered, so queries compose safely
// without ever concatenating user input into SQL text.

export interface SqlQuery {
  readonly text: string;
  readonly values: readonly unknown[];
}

const FRAGMENT = Symbol('sql.fragment');

export class SqlFragment implements SqlQuery {
  readonly [FRAGMENT] = true;
  constructor(
    readonly strings: readonly string[],
    readonly params: readonly unknown[],
  ) {}

  /** Renders with placeholders starting after `offset` existing values. */
  render(offset = 0): { text: string; values: unknown[] } {
    let text = this.strings[0];
    const values: unknown[] = [];
    this.params.forEach((p, i) => {
      if (p instanceof SqlFragment) {
        const inner = p.render(offset + values.length);
        text += inner.text;
        values.push(...inner.values);
      } else {
        values.push(p);
        text += `$${offset + values.length}`;
      }
      text += this.strings[i + 1];
    });
    return { text, values };
  }

  get text(): string {
    return this.render().text;
  }
  get values(): unknown[] {
    return this.render().values;
  }
}

export function sql(strings: TemplateStringsArray, ...params: unknown[]): SqlFragment {
  return new SqlFragment(strings, params);
}

/** Trusted SQL text (identifiers, keywords chosen by code, never by input). */
sql.raw = (text: string): SqlFragment => new SqlFragment([text], []);

/** Joins fragments with a separator, e.g. WHERE clauses with ' AND '. */
sql.join = (parts: readonly SqlFragment[], separator: string): SqlFragment => {
  if (parts.length === 0) return sql.raw('');
  const strings = [''];
  for (let i = 1; i < parts.length; i++) strings.push(separator);
  strings.push('');
  return new SqlFragment(strings, parts);
};
