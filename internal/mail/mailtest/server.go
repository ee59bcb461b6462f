// Package mailtest runs an SMTP server on the loopback interface for tests.
// It speaks enough SMTP to receive mail (EHLO or HELO, STARTTLS, AUTH PLAIN,
// MAIL FROM, RCPT TO, DATA, RSET, NOOP, QUIT) and keeps every message.
package mailtest

import (
	"crypto/tls"
	"crypto/x509"
	"net"
	"sync"
	"testing"
	"time"
)

// Message is one message as the server received it.
type Message struct {
	From     string   // the envelope sender
	To       []string // the envelope recipients
	Data     []byte   // the message, dot-unstuffed, lines ending in \n
	TLS      bool     // it came over TLS
	User     string   // the AUTH PLAIN user name, "" without
	Password string
}

// Server is a running SMTP server on 127.0.0.1.
type Server struct {
	Host string // 127.0.0.1
	Port int

	ln       net.Listener
	tls      *tls.Config // nil in mode "none"
	starttls bool
	roots    *x509.CertPool
	mu       sync.Mutex
	conns    map[net.Conn]bool
	msgs     []Message
	arrived  chan struct{}
	wg       sync.WaitGroup
}

// NewServer starts a server in one of the modes of config.SMTP.TLS:
// "starttls" offers STARTTLS, "tls" speaks TLS from the start, "none"
// neither. TLS uses a new self-signed certificate for 127.0.0.1 and
// localhost (see RootCAs). The server stops when the test ends.
func NewServer(t testing.TB, mode string) *Server {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	s := &Server{Host: "127.0.0.1", Port: ln.Addr().(*net.TCPAddr).Port, conns: map[net.Conn]bool{}, arrived: make(chan struct{}, 1)}
	if mode != "none" {
		s.tls, s.roots = selfSigned(t)
	}
	s.starttls = mode == "starttls"
	if mode == "tls" {
		ln = tls.NewListener(ln, s.tls)
	}
	s.ln = ln
	s.wg.Add(1)
	go s.accept()
	t.Cleanup(s.Close)
	return s
}

// RootCAs returns a pool holding the server's certificate, for the client's
// tls.Config; nil in mode "none".
func (s *Server) RootCAs() *x509.CertPool { return s.roots }

// Messages returns the messages received so far.
func (s *Server) Messages() []Message {
	s.mu.Lock()
	defer s.mu.Unlock()
	return append([]Message(nil), s.msgs...)
}

// Wait waits up to ten seconds for n messages in all and returns them; it
// fails the test when they do not come.
func (s *Server) Wait(t testing.TB, n int) []Message {
	t.Helper()
	timeout := time.After(10 * time.Second)
	for {
		if ms := s.Messages(); len(ms) >= n {
			return ms
		}
		select {
		case <-s.arrived:
		case <-timeout:
			t.Fatalf("mailtest: %d messages arrived, want %d", len(s.Messages()), n)
		}
	}
}

// Close stops the server and ends the sessions in progress.
func (s *Server) Close() {
	s.ln.Close()
	s.mu.Lock()
	for c := range s.conns {
		c.Close()
	}
	s.mu.Unlock()
	s.wg.Wait()
}

func (s *Server) accept() {
	defer s.wg.Done()
	for {
		c, err := s.ln.Accept()
		if err != nil {
			return
		}
		s.track(c, true)
		s.wg.Add(1)
		go func() {
			defer s.wg.Done()
			defer s.track(c, false)
			newSession(s, c).run()
		}()
	}
}

// track adds or removes an open connection.
func (s *Server) track(c net.Conn, open bool) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if open {
		s.conns[c] = true
	} else {
		delete(s.conns, c)
		c.Close()
	}
}

// received keeps a message and wakes Wait.
func (s *Server) received(m Message) {
	s.mu.Lock()
	s.msgs = append(s.msgs, m)
	s.mu.Unlock()
	select {
	case s.arrived <- struct{}{}:
	default:
	}
}
