/**
 * E-mail over plain SMTP (RFC 5321): {@link SmtpClient} sends one transaction to several recipients (EHLO, MAIL FROM,
 * one RCPT TO per recipient, DATA with dot-stuffing, QUIT) and reports the server's reply per recipient;
 * {@link MailMessage} writes the RFC 5322/MIME message (RFC 2047 UTF-8 subject, base64 UTF-8 plain-text body);
 * {@link LoopbackSmtpServer} speaks the same protocol on the loopback interface for tests, the demo and benchmarks.
 */
@org.springframework.modulith.NamedInterface("mail")
package org.anlan.warning.mail;
