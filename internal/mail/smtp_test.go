package mail_test

import (
	"bytes"
	"context"
	"crypto/tls"
	"io"
	"log/slog"
	"mime"
	"mime/quotedprintable"
	"net"
	netmail "net/mail"
	"reflect"
	"strings"
	"testing"
	"time"

	"coalition/internal/config"
	"coalition/internal/mail"
	"coalition/internal/mail/mailtest"
)

// sender returns an SMTP sender to srv in mode.
func sender(srv *mailtest.Server, mode string) *mail.SMTP {
	return &mail.SMTP{
		Config:    config.SMTP{Host: srv.Host, Port: srv.Port, From: "Coalition <noreply@coalition.example>", TLS: mode},
		TLSConfig: &tls.Config{RootCAs: srv.RootCAs()},
	}
}

// received parses a message the server got: its headers, and its body
// decoded from quoted-printable.
func received(t *testing.T, m mailtest.Message) (netmail.Header, string) {
	t.Helper()
	msg, err := netmail.ReadMessage(bytes.NewReader(m.Data))
	if err != nil {
		t.Fatal(err)
	}
	if cte := msg.Header.Get("Content-Transfer-Encoding"); cte != "quoted-printable" {
		t.Fatalf("Content-Transfer-Encoding %q", cte)
	}
	body, err := io.ReadAll(quotedprintable.NewReader(msg.Body))
	if err != nil {
		t.Fatal(err)
	}
	return msg.Header, string(body)
}

func decoded(t *testing.T, h netmail.Header, name string) string {
	t.Helper()
	s, err := new(mime.WordDecoder).DecodeHeader(h.Get(name))
	if err != nil {
		t.Fatalf("%s: %v", name, err)
	}
	return s
}

func TestSendUTF8(t *testing.T) {
	srv := mailtest.NewServer(t, "none")
	subject := "Zaļā Brīvība atbildēja uz “Meklējam partnerus” — Зелени Балкани също"
	body := "Sveiki, Anna!\n\n.a line that starts with a dot\n" + strings.Repeat("garš teksts ", 12) + "\nБлагодарим.\n"
	m := mail.Message{To: []netmail.Address{{Name: "Anna Bērziņa", Address: "anna@example.org"}, {Address: "bo@example.org"}},
		ReplyTo: netmail.Address{Name: "Петър Иванов", Address: "petar@zeleni.bg"}, Subject: subject, Body: body}
	if err := sender(srv, "none").Send(t.Context(), m); err != nil {
		t.Fatal(err)
	}
	got := srv.Wait(t, 1)[0]
	if got.From != "noreply@coalition.example" || strings.Join(got.To, ",") != "anna@example.org,bo@example.org" || got.TLS {
		t.Errorf("envelope from %q to %q, TLS %v", got.From, got.To, got.TLS)
	}
	head, _, _ := bytes.Cut(got.Data, []byte("\n\n"))
	if i := bytes.IndexFunc(head, func(r rune) bool { return r > 127 }); i >= 0 {
		t.Errorf("headers are not ASCII:\n%s", head)
	}
	h, text := received(t, got)
	for _, c := range []struct{ name, want string }{
		{"Subject", subject},
		{"Content-Type", "text/plain; charset=utf-8"},
		{"MIME-Version", "1.0"},
	} {
		if v := decoded(t, h, c.name); v != c.want {
			t.Errorf("%s = %q, want %q", c.name, v, c.want)
		}
	}
	for _, c := range []struct {
		name string
		want []netmail.Address
	}{
		{"To", m.To}, {"Reply-To", []netmail.Address{m.ReplyTo}},
		{"From", []netmail.Address{{Name: "Coalition", Address: "noreply@coalition.example"}}},
	} {
		if as, err := h.AddressList(c.name); err != nil || !reflect.DeepEqual(addresses(as), c.want) {
			t.Errorf("%s = %v (%v), want %v", c.name, as, err, c.want)
		}
	}
	if !strings.HasPrefix(h.Get("Subject"), "=?utf-8?q?") {
		t.Errorf("Subject is not an encoded-word: %q", h.Get("Subject"))
	}
	if _, err := h.Date(); err != nil || !strings.HasSuffix(h.Get("Message-ID"), "@coalition.example>") {
		t.Errorf("Date %q (%v), Message-ID %q", h.Get("Date"), err, h.Get("Message-ID"))
	}
	if text != body {
		t.Errorf("body %q\nwant %q", text, body)
	}
}

func addresses(as []*netmail.Address) []netmail.Address {
	out := make([]netmail.Address, len(as))
	for i, a := range as {
		out[i] = *a
	}
	return out
}

func TestSubjectAddsNoHeader(t *testing.T) {
	srv := mailtest.NewServer(t, "none")
	m := mail.Message{To: []netmail.Address{{Address: "anna@example.org"}}, Subject: "Hello\r\nBcc: eve@example.org", Body: "x"}
	if err := sender(srv, "none").Send(t.Context(), m); err != nil {
		t.Fatal(err)
	}
	h, _ := received(t, srv.Wait(t, 1)[0])
	if h.Get("Bcc") != "" || decoded(t, h, "Subject") != "Hello Bcc: eve@example.org" {
		t.Errorf("Bcc %q, Subject %q", h.Get("Bcc"), decoded(t, h, "Subject"))
	}
}

func TestSendSecure(t *testing.T) {
	for _, mode := range []string{"starttls", "tls"} {
		t.Run(mode, func(t *testing.T) {
			srv := mailtest.NewServer(t, mode)
			s := sender(srv, mode)
			s.Config.Username, s.Config.Password = "coalition", "s3cret"
			m := mail.Message{To: []netmail.Address{{Address: "anna@example.org"}}, Subject: "Sveiki", Body: "Labdien.\n"}
			if err := s.Send(t.Context(), m); err != nil {
				t.Fatal(err)
			}
			got := srv.Wait(t, 1)[0]
			if !got.TLS || got.User != "coalition" || got.Password != "s3cret" {
				t.Errorf("TLS %v, user %q, password %q", got.TLS, got.User, got.Password)
			}
		})
	}
}

func TestStartTLSRequired(t *testing.T) {
	srv := mailtest.NewServer(t, "none")
	s := sender(srv, "starttls")
	s.Config.Username, s.Config.Password = "coalition", "s3cret"
	err := s.Send(t.Context(), mail.Message{To: []netmail.Address{{Address: "anna@example.org"}}, Subject: "x", Body: "x"})
	if err == nil || !strings.Contains(err.Error(), "STARTTLS") || strings.Contains(err.Error(), "s3cret") {
		t.Errorf("a server without STARTTLS: %v", err)
	}
	if n := len(srv.Messages()); n != 0 {
		t.Errorf("%d messages sent in plain text", n)
	}
}

func TestSendGivesUpWithTheContext(t *testing.T) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer ln.Close()
	go func() { // accepts and never answers
		for {
			c, err := ln.Accept()
			if err != nil {
				return
			}
			defer c.Close()
		}
	}()
	s := &mail.SMTP{Config: config.SMTP{Host: "127.0.0.1", Port: ln.Addr().(*net.TCPAddr).Port, From: "noreply@coalition.example", TLS: "none"}}
	ctx, cancel := context.WithTimeout(t.Context(), 200*time.Millisecond)
	defer cancel()
	start := time.Now()
	if err := s.Send(ctx, mail.Message{To: []netmail.Address{{Address: "anna@example.org"}}}); err == nil {
		t.Error("a silent server: no error")
	}
	if d := time.Since(start); d > 5*time.Second {
		t.Errorf("gave up after %v", d)
	}
}

func TestNewWithoutHostLogs(t *testing.T) {
	var logged bytes.Buffer
	s := mail.New(config.SMTP{}, slog.New(slog.NewTextHandler(&logged, nil)))
	if err := s.Send(t.Context(), mail.Message{To: []netmail.Address{{Address: "anna@example.org"}}, Subject: "Sveiki"}); err != nil {
		t.Fatal(err)
	}
	if out := logged.String(); !strings.Contains(out, "anna@example.org") || !strings.Contains(out, "Sveiki") {
		t.Errorf("logged %q", out)
	}
	if _, ok := mail.New(config.SMTP{Host: "mail.example.org"}, slog.Default()).(*mail.SMTP); !ok {
		t.Error("New with a host does not give an SMTP sender")
	}
}
