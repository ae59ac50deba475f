// fast-check values shaped by a route's JSON schema, most of them wrong in some way: the right
// shape with hostile strings (zero-width, direction overrides, NUL, lone surrogates, emoji, 全角,
// very long), boundary numbers, dates at the far ends of the calendar, wrong types, missing or extra fields. Real ids are mixed in so that requests reach
// past validation into the use cases.
import fc from 'fast-check';

type Schema = {
  type?: string | string[];
  enum?: unknown[];
  const?: unknown;
  format?: string;
  pattern?: string;
  properties?: Record<string, Schema>;
  required?: string[];
  additionalProperties?: Schema | boolean;
  items?: Schema;
  anyOf?: Schema[];
  oneOf?: Schema[];
  maxLength?: number;
};

const TRICKY = [
  '',
  ' ',
  '\u200b',
  '\u202e反转文字',
  '正常\u200d文字',
  '😀🚓',
  '１２３４５６',
  'ＡＢＣ',
  '<script>alert(1)</script>',
  "' OR 1=1 --",
  '\u0000',
  '正常\u0000文字',
  '\ud800',
  '半个\udfff代理',
  '\udc00\ud800',
  '../../etc/passwd',
  '2026-02-30',
  '2026-13-01',
  '9999-12-31',
  '1900-01-01',
  '0000-01-01',
  '0001-01-01',
  '1899-12-31',
  '2200-12-31',
  '2201-01-01',
  '+275760-09-13',
  '00000000-0000-0000-0000-000000000000',
  'x'.repeat(5000),
];
const NUMBERS = [0, -1, 1, 0.5, -0, 2 ** 31, 2 ** 53, 1e308, -1e308, 100, 101];

const hostileString = fc.oneof(
  fc.constantFrom(...TRICKY),
  fc.string({ maxLength: 40 }),
  fc.string({ unit: 'grapheme', maxLength: 20 }),
);
const wrongType = fc.oneof(
  fc.constant(null),
  fc.boolean(),
  fc.integer(),
  fc.constant([]),
  fc.constant({}),
  fc.string({ maxLength: 5 }),
);

/** mostly plausible days, and now and then one at the far ends of what a date can be */
const EXTREME_DATES = [
  '0000-01-01',
  '0001-01-01',
  '1000-02-29',
  '1899-12-31',
  '2200-12-31',
  '2201-01-01',
  '9999-12-31',
];
function date(): fc.Arbitrary<string> {
  return fc.oneof(
    {
      weight: 6,
      arbitrary: fc
        .date({ min: new Date('2020-01-01'), max: new Date('2027-12-31'), noInvalidDate: true })
        .map((d) => d.toISOString().slice(0, 10)),
    },
    { weight: 1, arbitrary: fc.constantFrom(...EXTREME_DATES) },
  );
}

export function fromSchema(schema: Schema, ids: readonly string[], depth = 0): fc.Arbitrary<unknown> {
  const s = schema ?? {};
  const right = ((): fc.Arbitrary<unknown> => {
    if (s.const !== undefined) return fc.constant(s.const);
    if (s.enum) return fc.constantFrom(...s.enum);
    const alts = s.anyOf ?? s.oneOf;
    if (alts) return fc.oneof(...alts.map((a) => fromSchema(a, ids, depth + 1)));
    const types = [s.type ?? 'any'].flat();
    const one = (t: string): fc.Arbitrary<unknown> => {
      switch (t) {
        case 'object': {
          if (depth > 4) return fc.constant({});
          const props = s.properties ?? {};
          const keys = Object.keys(props);
          if (!keys.length && typeof s.additionalProperties === 'object')
            return fc.dictionary(
              fc.string({ maxLength: 4 }),
              fromSchema(s.additionalProperties, ids, depth + 1),
              { maxKeys: 3 },
            );
          return fc.record(Object.fromEntries(keys.map((k) => [k, fromSchema(props[k], ids, depth + 1)])), {
            requiredKeys: (s.required ?? []).filter(() => true),
          });
        }
        case 'array':
          return fc.array(fromSchema(s.items ?? {}, ids, depth + 1), { maxLength: depth > 2 ? 1 : 3 });
        case 'string':
          if (s.format === 'uuid') return fc.oneof(fc.constantFrom(...ids), fc.uuid(), hostileString);
          if (s.pattern?.includes('\\d{4}-\\d{2}-\\d{2}')) return fc.oneof(date(), date(), hostileString);
          return fc.oneof(fc.string({ maxLength: s.maxLength ?? 30 }), hostileString);
        case 'number':
        case 'integer':
          return fc.oneof(fc.constantFrom(...NUMBERS), fc.integer({ min: -10, max: 1000 }));
        case 'boolean':
          return fc.boolean();
        case 'null':
          return fc.constant(null);
        default:
          return wrongType;
      }
    };
    return fc.oneof(...types.map(one));
  })();
  // one value in eight is of the wrong type altogether
  return fc.oneof({ weight: 7, arbitrary: right }, { weight: 1, arbitrary: wrongType });
}

/** a query string from generated values; lone surrogates go as the bytes a careless client sends */
export function queryString(values: unknown): string {
  if (!values || typeof values !== 'object' || Array.isArray(values)) return '';
  const enc = (v: string) =>
    [...v]
      .map((ch) => {
        try {
          return encodeURIComponent(ch);
        } catch {
          const c = ch.charCodeAt(0);
          return [0xe0 | (c >> 12), 0x80 | ((c >> 6) & 63), 0x80 | (c & 63)]
            .map((b) => `%${b.toString(16).toUpperCase()}`)
            .join('');
        }
      })
      .join('');
  return Object.entries(values)
    .filter(([, v]) => v !== undefined)
    .map(([k, v]) => `${enc(k)}=${enc(typeof v === 'string' ? v : JSON.stringify(v))}`)
    .join('&');
}
