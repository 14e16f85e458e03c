import nodemailer from 'nodemailer';
import { infrastructure, uniqueName, waitForMail } from '../src/index.js';

describe('SMTP through Mailpit', () => {
  it('delivers an e-mail sent over SMTP, readable back through the Mailpit API', async () => {
    const transport = nodemailer.createTransport(infrastructure().smtpUrl);
    const to = `${uniqueName('contact')}@globex.test`;
    const subject = `You are invited to the Globex portal ${uniqueName('s')}`;
    await transport.sendMail({
      from: '"Acme Agency" <no-reply@acme.test>',
      to,
      subject,
      text: 'Follow this link to set your password: http://127.0.0.1:5173/invitations/abc',
      html: '<p>Follow <a href="http://127.0.0.1:5173/invitations/abc">this link</a> to set your password.</p>',
    });
    transport.close();

    const message = await waitForMail(to, { subject });
    expect(message.Subject).toBe(subject);
    expect(message.From.Address).toBe('no-reply@acme.test');
    expect(message.To.map((recipient) => recipient.Address)).toEqual([to]);
    expect(message.Text).toContain('http://127.0.0.1:5173/invitations/abc');
    expect(message.HTML).toContain('href="http://127.0.0.1:5173/invitations/abc"');
  });

  it('finds nothing for a recipient nobody wrote to', async () => {
    await expect(waitForMail(`${uniqueName('nobody')}@globex.test`, { timeoutMs: 1_000 })).rejects.toThrow(
      /No e-mail/,
    );
  });
});
