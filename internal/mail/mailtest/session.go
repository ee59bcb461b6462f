package mailtest

import (
	"crypto/tls"
	"encoding/base64"
	"net"
	"net/textproto"
	"strings"
)

// session is one client's conversation with the server.
type session struct {
	srv  *Server
	conn net.Conn
	tp   *textproto.Conn
	msg  Message // the message being received
}

func newSession(s *Server, c net.Conn) *session {
	_, isTLS := c.(*tls.Conn)
	return &session{srv: s, conn: c, tp: textproto.NewConn(c), msg: Message{TLS: isTLS}}
}

// run answers commands until the client quits or the connection ends.
func (ss *session) run() {
	ss.reply(220, "mailtest ready")
	for {
		line, err := ss.tp.ReadLine()
		if err != nil {
			return
		}
		verb, arg, _ := strings.Cut(line, " ")
		if !ss.handle(strings.ToUpper(verb), arg) {
			return
		}
	}
}

// handle answers one command; false ends the session.
func (ss *session) handle(verb, arg string) bool {
	switch verb {
	case "EHLO":
		ss.ehlo()
	case "HELO", "NOOP":
		ss.reply(250, "OK")
	case "STARTTLS":
		return ss.startTLS()
	case "AUTH":
		ss.auth(arg)
	case "MAIL":
		ss.msg.From, ss.msg.To = envelopeAddress(arg), nil
		ss.reply(250, "OK")
	case "RCPT":
		ss.rcpt(arg)
	case "DATA":
		return ss.data()
	case "RSET":
		ss.msg.From, ss.msg.To = "", nil
		ss.reply(250, "OK")
	case "QUIT":
		ss.reply(221, "bye")
		return false
	default:
		ss.reply(502, "command not implemented")
	}
	return true
}

func (ss *session) reply(code int, text string) { _ = ss.tp.PrintfLine("%d %s", code, text) }

// ehlo lists the extensions: STARTTLS until the session is secure.
func (ss *session) ehlo() {
	lines := []string{"mailtest", "8BITMIME"}
	if ss.srv.starttls && !ss.msg.TLS {
		lines = append(lines, "STARTTLS")
	}
	lines = append(lines, "AUTH PLAIN")
	for i, l := range lines {
		sep := "-"
		if i == len(lines)-1 {
			sep = " "
		}
		_ = ss.tp.PrintfLine("250%s%s", sep, l)
	}
}

// startTLS upgrades the connection; the client starts again with EHLO.
func (ss *session) startTLS() bool {
	if !ss.srv.starttls || ss.msg.TLS {
		ss.reply(502, "STARTTLS not available")
		return true
	}
	ss.reply(220, "go ahead")
	c := tls.Server(ss.conn, ss.srv.tls)
	if err := c.Handshake(); err != nil {
		return false
	}
	ss.conn, ss.tp, ss.msg = c, textproto.NewConn(c), Message{TLS: true}
	return true
}

// auth accepts any AUTH PLAIN credentials and keeps them.
func (ss *session) auth(arg string) {
	mech, resp, _ := strings.Cut(arg, " ")
	if !strings.EqualFold(mech, "PLAIN") {
		ss.reply(504, "only PLAIN")
		return
	}
	if resp == "" {
		ss.reply(334, "")
		resp, _ = ss.tp.ReadLine()
	}
	raw, err := base64.StdEncoding.DecodeString(resp)
	parts := strings.Split(string(raw), "\x00")
	if err != nil || len(parts) != 3 {
		ss.reply(501, "malformed PLAIN response")
		return
	}
	ss.msg.User, ss.msg.Password = parts[1], parts[2]
	ss.reply(235, "authenticated")
}

func (ss *session) rcpt(arg string) {
	if ss.msg.From == "" {
		ss.reply(503, "MAIL first")
		return
	}
	ss.msg.To = append(ss.msg.To, envelopeAddress(arg))
	ss.reply(250, "OK")
}

// data receives the message text up to the line with a single dot.
func (ss *session) data() bool {
	if len(ss.msg.To) == 0 {
		ss.reply(503, "RCPT first")
		return true
	}
	ss.reply(354, "end with <CRLF>.<CRLF>")
	b, err := ss.tp.ReadDotBytes()
	if err != nil {
		return false
	}
	m := ss.msg
	m.Data = b
	ss.srv.received(m)
	ss.msg.From, ss.msg.To = "", nil
	ss.reply(250, "queued")
	return true
}

// envelopeAddress takes the address out of "FROM:<a@b> BODY=8BITMIME".
func envelopeAddress(arg string) string {
	_, rest, _ := strings.Cut(arg, "<")
	addr, _, _ := strings.Cut(rest, ">")
	return addr
}
