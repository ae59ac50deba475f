import { z } from 'zod';
import { label, page, uuid, version } from './common.ts';
import { orgKind } from './organisations.ts';
import { PERMISSIONS, role } from './roles.ts';

export const username = z
  .string()
  .trim()
  .min(3)
  .max(40)
  .regex(/^[a-z0-9][a-z0-9._-]*$/, {
    error:
      '只能使用小写字母、数字、点、连字符或下划线¦must be lower-case letters, digits, dot, dash or underscore',
  });

// Long enough to resist guessing; letters and digits so it is not a plain word or number.
export const password = z
  .string()
  .min(10, { error: '至少10个字符¦must be at least 10 characters' })
  .max(200)
  .refine((p) => /[A-Za-z]/.test(p) && /\d/.test(p), {
    error: '必须同时包含字母和数字¦must contain letters and digits',
  });

// for reminder mail (optional); a plain check, the mail server is the judge of delivery
export const email = z
  .string()
  .trim()
  .max(254)
  .regex(/^[^\s@]+@[^\s@]+\.[^\s@]+$/, { error: '不是有效的电子邮件地址¦is not an e-mail address' });

export const user = z.object({
  id: uuid,
  username: z.string(),
  displayName: z.string(),
  role,
  organisationId: uuid,
  organisationName: z.string(),
  regionCode: z.string(),
  email: z.string().nullable(),
  active: z.boolean(),
  locked: z.boolean(),
  version,
});
export type User = z.infer<typeof user>;

export const createUser = z.object({
  username,
  displayName: label(40),
  role,
  organisationId: uuid,
  password,
  email: email.optional(),
});
export const updateUser = z.object({
  displayName: label(40).optional(),
  role: role.optional(),
  organisationId: uuid.optional(),
  active: z.boolean().optional(),
  /** null removes the address */
  email: email.nullable().optional(),
  version,
});
export const resetPassword = z.object({ password });

export const userQuery = z.object({
  q: z.string().trim().max(40).optional(),
  role: role.optional(),
  organisationId: uuid.optional(),
});

export const login = z.object({
  username: z.string().trim().min(1).max(40),
  password: z.string().min(1).max(200),
});

/** a six-digit code from the authenticator app (RFC 6238) */
export const totpCode = z.object({
  code: z
    .string()
    .trim()
    .regex(/^\d{6}$/, '6 digits'),
});

export const userPage = page(user);
export type UserPage = z.infer<typeof userPage>;

/** who is logged in, as the session knows them (the organisation beside it) */
export const sessionUser = user.pick({ id: true, username: true, displayName: true, role: true });

/** a session started: the cookie is set, and writes echo this token in X-CSRF-Token */
export const sessionStarted = z.object({ csrfToken: z.string(), expiresAt: z.string() });
/** a login answered: a session, or (the account has a second factor) a request for the code */
export const loginAnswer = z.union([sessionStarted, z.object({ totpRequired: z.literal(true) })]);
export type SessionStarted = z.infer<typeof sessionStarted>;
export type LoginAnswer = z.infer<typeof loginAnswer>;
export const loggedOutEverywhere = z.object({ sessionsEnded: z.number().int() });

export const totpState = z.object({
  eligible: z.boolean(),
  enabled: z.boolean(),
  enabledAt: z.string().nullable(),
  pending: z.boolean(),
});
export const totpEnrolment = z.object({ secret: z.string(), otpauthUri: z.string(), qrSvg: z.string() });
export type TotpState = z.infer<typeof totpState>;
export type TotpEnrolment = z.infer<typeof totpEnrolment>;
export const totpResetAnswer = z.object({ ok: z.literal(true), hadTotp: z.boolean() });

export const me = z.object({
  user: sessionUser,
  organisation: z.object({
    id: uuid,
    kind: orgKind,
    name: z.string(),
    nameEn: z.string(),
    regionCode: z.string(),
    regionName: z.string(),
    regionNameEn: z.string(),
  }),
  permissions: z.array(z.enum(PERMISSIONS)),
  csrfToken: z.string(),
  sessionExpiresAt: z.string(),
});
export type Me = z.infer<typeof me>;
