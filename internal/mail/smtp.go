package mail

import (
	"context"
	"crypto/tls"
	"errors"
	"fmt"
	"net"
	netmail "net/mail"
	"net/smtp"
	"strconv"
	"time"

	"coalition/internal/config"
)

// defaultTimeout bounds one delivery when the caller's context has no
// deadline.
const defaultTimeout = 30 * time.Second

// errNoStartTLS refuses to go on in plain text when STARTTLS was asked for.
var errNoStartTLS = errors.New("the server does not offer STARTTLS")

// SMTP sends each message in its own SMTP session, as Config says: TLS
// "starttls" upgrades the connection (and fails when the server cannot),
// "tls" connects with TLS, "none" stays in plain text (for a relay on the
// same host). A Username makes it authenticate with PLAIN, which net/smtp
// allows only over TLS or to localhost.
type SMTP struct {
	Config config.SMTP
	// TLSConfig, when set, is the TLS configuration to use (its ServerName
	// defaults to the host): for a private certificate authority, or tests.
	TLSConfig *tls.Config
}

// Send delivers m to its recipients.
func (s *SMTP) Send(ctx context.Context, m Message) error {
	if len(m.To) == 0 {
		return errors.New("mail: no recipient")
	}
	from, err := netmail.ParseAddress(s.Config.From)
	if err != nil {
		return fmt.Errorf("mail: sender address: %w", err)
	}
	data, err := m.bytes(*from, time.Now())
	if err != nil {
		return fmt.Errorf("mail: encode: %w", err)
	}
	if _, ok := ctx.Deadline(); !ok {
		var cancel context.CancelFunc
		ctx, cancel = context.WithTimeout(ctx, defaultTimeout)
		defer cancel()
	}
	if err := s.deliver(ctx, from.Address, recipients(m.To), data); err != nil {
		return fmt.Errorf("mail: send to %s:%d: %w", s.Config.Host, s.Config.Port, err)
	}
	return nil
}

// deliver runs one SMTP session, abandoned when ctx ends.
func (s *SMTP) deliver(ctx context.Context, from string, to []string, data []byte) error {
	conn, err := s.dial(ctx)
	if err != nil {
		return err
	}
	defer conn.Close()
	deadline, _ := ctx.Deadline()
	if err := conn.SetDeadline(deadline); err != nil {
		return err
	}
	stop := context.AfterFunc(ctx, func() { _ = conn.SetDeadline(time.Now()) })
	defer stop()
	c, err := smtp.NewClient(conn, s.Config.Host)
	if err != nil {
		return err
	}
	defer c.Close()
	if err := s.secure(c); err != nil {
		return err
	}
	return transfer(c, from, to, data)
}

// dial connects to the server, with TLS from the start in mode "tls".
func (s *SMTP) dial(ctx context.Context) (net.Conn, error) {
	addr := net.JoinHostPort(s.Config.Host, strconv.Itoa(s.Config.Port))
	if s.Config.TLS == "tls" {
		d := tls.Dialer{Config: s.tlsConfig()}
		return d.DialContext(ctx, "tcp", addr)
	}
	var d net.Dialer
	return d.DialContext(ctx, "tcp", addr)
}

// secure upgrades the session with STARTTLS when asked to, then
// authenticates when a user name is set.
func (s *SMTP) secure(c *smtp.Client) error {
	if s.Config.TLS == "starttls" {
		if ok, _ := c.Extension("STARTTLS"); !ok {
			return errNoStartTLS
		}
		if err := c.StartTLS(s.tlsConfig()); err != nil {
			return err
		}
	}
	if s.Config.Username == "" {
		return nil
	}
	return c.Auth(smtp.PlainAuth("", s.Config.Username, s.Config.Password, s.Config.Host))
}

// tlsConfig returns the TLS configuration for the server.
func (s *SMTP) tlsConfig() *tls.Config {
	cfg := &tls.Config{}
	if s.TLSConfig != nil {
		cfg = s.TLSConfig.Clone()
	}
	if cfg.ServerName == "" {
		cfg.ServerName = s.Config.Host
	}
	if cfg.MinVersion == 0 {
		cfg.MinVersion = tls.VersionTLS12
	}
	return cfg
}

// transfer sends one message in an open session and ends it.
func transfer(c *smtp.Client, from string, to []string, data []byte) error {
	if err := c.Mail(from); err != nil {
		return err
	}
	for _, a := range to {
		if err := c.Rcpt(a); err != nil {
			return err
		}
	}
	w, err := c.Data()
	if err != nil {
		return err
	}
	if _, err := w.Write(data); err != nil {
		return err
	}
	if err := w.Close(); err != nil {
		return err
	}
	return c.Quit()
}

// recipients returns the bare addresses of as.
func recipients(as []netmail.Address) []string {
	out := make([]string, len(as))
	for i, a := range as {
		out[i] = a.Address
	}
	return out
}
