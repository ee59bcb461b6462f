package httpx

import (
	"net"
	"net/http"
)

// ClientIP returns the address of the peer that connected: the host part of
// r.RemoteAddr. X-Forwarded-For and similar headers are ignored, since any client
// can set them; counting failed sign-ins per address must not be that easy to dodge.
func ClientIP(r *http.Request) string {
	host, _, err := net.SplitHostPort(r.RemoteAddr)
	if err != nil {
		return r.RemoteAddr
	}
	return host
}
