import { describe, expect, it } from 'vitest';
import { certificateStatusToday, decideCertificate } from './certificate.ts';

describe('certificates (第七条（八）, 第十七条)', () => {
  it('第七条（八）: a valid certificate is seized with a reason, and returned', () => {
    expect(
      decideCertificate('valid', '2027-12-31', { type: 'seize', reason: '涉嫌超越职权' }, '2026-11-26'),
    ).toEqual({
      ok: true,
      to: 'seized',
      article: 'art7.1.8',
    });
    expect(
      decideCertificate('seized', '2027-12-31', { type: 'return', reason: '整改完毕' }, '2026-11-26'),
    ).toMatchObject({
      ok: true,
      to: 'valid',
    });
  });

  it('第七条（八）: no reason, no seizure; a seized one is not seized twice; an expired one is not seized', () => {
    expect(
      decideCertificate('valid', '2027-12-31', { type: 'seize', reason: ' ' }, '2026-11-26'),
    ).toMatchObject({
      ok: false,
      status: 422,
      field: 'reason',
    });
    expect(
      decideCertificate('seized', '2027-12-31', { type: 'seize', reason: '再次' }, '2026-11-26'),
    ).toMatchObject({
      ok: false,
      status: 409,
    });
    expect(
      decideCertificate('valid', '2025-12-31', { type: 'seize', reason: '过期' }, '2026-11-26'),
    ).toMatchObject({
      ok: false,
      status: 409,
    });
  });

  it('第十七条: a revoked certificate stays revoked', () => {
    expect(
      decideCertificate('seized', '2027-12-31', { type: 'revoke', reason: '调离执法岗位' }, '2026-11-26'),
    ).toMatchObject({
      ok: true,
      to: 'revoked',
      article: 'art17.1',
    });
    expect(
      decideCertificate('revoked', '2027-12-31', { type: 'return', reason: '误' }, '2026-11-26'),
    ).toMatchObject({
      ok: false,
    });
  });

  it('expired is read from the validity, never stored', () => {
    expect(certificateStatusToday('valid', '2026-11-25', '2026-11-26')).toBe('expired');
    expect(certificateStatusToday('valid', '2026-11-26', '2026-11-26')).toBe('valid');
    expect(certificateStatusToday('seized', '2020-01-01', '2026-11-26')).toBe('seized');
  });
});
