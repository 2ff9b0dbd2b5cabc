import { renderInvitationEmail, renderPasswordResetEmail } from './account-emails';

const LINK = 'https://kdmp.example.id/accept-invitation?token=abc';
const EXPIRES = '2026-12-09T08:00:00.000Z';

describe('account emails', () => {
  it('invites an officer of a named cooperative, in Bahasa Indonesia and in English, with the link, the token and the expiry', () => {
    const context = { role: 'COOPERATIVE' as const, cooperativeName: 'Koperasi Desa Merah Putih Perian', link: LINK, token: 'abc', expiresAt: EXPIRES };
    const id = renderInvitationEmail('id', context);
    expect(id.subject).toBe('Undangan ke sistem Koperasi Desa/Kelurahan Merah Putih');
    expect(id.text).toContain('Anda diundang sebagai pengurus Koperasi Desa Merah Putih Perian');
    expect(id.text).toContain(`\n${LINK}\n`);
    expect(id.text).toContain('berlaku sampai 9 Desember 2026 pukul 15.00 WIB');
    expect(id.text).toContain('"token": "abc"');

    const en = renderInvitationEmail('en', context);
    expect(en.subject).toBe('Your invitation to the Koperasi Desa/Kelurahan Merah Putih system');
    expect(en.text).toContain('You are invited as an officer of Koperasi Desa Merah Putih Perian');
    expect(en.text).toContain(`\n${LINK}\n`);
  });

  it('names a reviewer\'s stages and a partner user\'s organisation', () => {
    const reviewer = renderInvitationEmail('id', { role: 'REVIEWER', stages: ['DESK_REVIEW', 'CREDIT_COMMITTEE'], link: LINK, token: 't', expiresAt: EXPIRES });
    expect(reviewer.text).toContain('peninjau pembiayaan (tahap Verifikasi Administrasi dan Komite Kredit)');
    const partner = renderInvitationEmail('en', { role: 'PARTNER', partnerName: 'PT Pangan Nusantara', link: LINK, token: 't', expiresAt: EXPIRES });
    expect(partner.text).toContain('You are invited as a user of the partner PT Pangan Nusantara');
  });

  it('sends a password reset in both languages', () => {
    const context = { link: 'https://kdmp.example.id/reset-password?token=xyz', token: 'xyz', expiresAt: EXPIRES };
    expect(renderPasswordResetEmail('id', context)).toMatchObject({ subject: 'Atur ulang kata sandi Anda', text: expect.stringContaining(context.link) });
    expect(renderPasswordResetEmail('en', context)).toMatchObject({ subject: 'Reset your password', text: expect.stringContaining('POST /v1/auth/password-reset/confirm') });
  });
});
