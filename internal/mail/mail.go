// Package mail sends Coalition's e-mail: plain-text messages in UTF-8,
// through an SMTP server (net/smtp, with STARTTLS, implicit TLS or none, and
// PLAIN authentication when a user name is set), or to the log when no SMTP
// host is configured. Package mailtest runs an SMTP server for tests.
package mail

import (
	"context"
	"log/slog"
	netmail "net/mail"

	"coalition/internal/config"
)

// Message is one plain-text e-mail.
type Message struct {
	To      []netmail.Address
	ReplyTo netmail.Address // none when its Address is ""
	Subject string
	Body    string // plain text; lines end with \n
}

// Sender sends e-mail.
type Sender interface {
	Send(ctx context.Context, m Message) error
}

// New returns the sender cfg asks for: SMTP when it names a host, else a
// LogSender that only logs what would have been sent.
func New(cfg config.SMTP, log *slog.Logger) Sender {
	if cfg.Host == "" {
		return LogSender{Log: log}
	}
	return &SMTP{Config: cfg}
}

// LogSender logs each message's recipients and subject instead of sending
// it, for installations without an SMTP server.
type LogSender struct {
	Log *slog.Logger
}

// Send logs m and never fails.
func (l LogSender) Send(ctx context.Context, m Message) error {
	to := make([]string, len(m.To))
	for i, a := range m.To {
		to[i] = a.Address
	}
	l.Log.InfoContext(ctx, "e-mail not sent: no SMTP host is configured", "to", to, "subject", m.Subject)
	return nil
}
