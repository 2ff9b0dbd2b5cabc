import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { Logger } from '@nestjs/common';
import { simpleParser } from 'mailparser';
import type { AppConfig } from '@kdmp/config';
import { EmailChannel } from './email.channel';

function configOf(values: Record<string, unknown>): AppConfig {
  return { get: (key: string) => values[key] } as unknown as AppConfig;
}

/** Without SMTP_URL (development), every message becomes an .eml file and one log line. */
describe('EmailChannel without SMTP_URL', () => {
  let folder: string;
  let logged: unknown[];

  beforeEach(async () => {
    folder = path.join(await mkdtemp(path.join(os.tmpdir(), 'kdmp-mail-')), 'outbox');
    logged = [];
    jest.spyOn(Logger.prototype, 'log').mockImplementation((message: unknown) => void logged.push(message));
  });

  afterEach(async () => {
    jest.restoreAllMocks();
    await rm(path.dirname(folder), { recursive: true, force: true });
  });

  it('writes each message to MAIL_OUTBOX_DIR, as it would have gone over SMTP, and logs one line naming the file', async () => {
    const channel = new EmailChannel(configOf({ MAIL_OUTBOX_DIR: folder, MAIL_FROM: 'KDMP <no-reply@kdmp.example.id>', DELIVERY_CONCURRENCY: 1 }));
    const long = `Buat kata sandi Anda melalui tautan berikut, yang hanya dapat dipakai sekali:\nhttps://kdmp.example.id/accept-invitation?token=${'x'.repeat(43)}`;
    const first = await channel.send({ to: 'pengurus@example.id', subject: 'Selamat datang, Koperasi Desa Perian', text: long, messageId: 'n-1' });
    const second = await channel.send({ to: 'other@example.id', subject: 'Second', text: 'Two', messageId: 'n-2' });
    channel.onApplicationShutdown();
    expect([first, second]).toEqual([{ ok: true }, { ok: true }]);

    const files = (await readdir(folder)).sort();
    expect(files).toHaveLength(2);
    expect(files[0]).toMatch(/-n-1\.eml$/);
    const raw = await readFile(path.join(folder, files[0]), 'utf8');
    // Readable as it is: the link whole on its line, not quoted-printable.
    expect(raw).toContain(`\n\n${long}\n`);
    const parsed = await simpleParser(raw);
    expect(parsed).toMatchObject({ subject: 'Selamat datang, Koperasi Desa Perian', messageId: '<n-1@kdmp>' });
    expect(parsed.text?.trim()).toBe(long);
    expect(parsed.from?.value).toEqual([{ name: 'KDMP', address: 'no-reply@kdmp.example.id' }]);
    expect((parsed.to as { text: string }).text).toBe('pengurus@example.id');

    expect(logged).toEqual([
      expect.objectContaining({ to: 'pengurus@example.id', subject: 'Selamat datang, Koperasi Desa Perian', file: path.join(folder, files[0]) }),
      expect.objectContaining({ to: 'other@example.id', file: path.join(folder, files[1]) }),
    ]);
  });

  it('reports a folder it cannot write to as a failed attempt, to be retried', async () => {
    const blocked = path.join(path.dirname(folder), 'a-file');
    await import('node:fs/promises').then((fs) => fs.writeFile(blocked, 'not a folder'));
    const channel = new EmailChannel(configOf({ MAIL_OUTBOX_DIR: path.join(blocked, 'mail'), MAIL_FROM: 'no-reply@kdmp.example.id' }));
    const result = await channel.send({ to: 'pengurus@example.id', subject: 's', text: 't', messageId: 'n-3' });
    expect(result).toMatchObject({ ok: false, permanent: false });
  });
});
