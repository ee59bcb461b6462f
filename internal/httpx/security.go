package httpx

import "net/http"

// ContentSecurityPolicy allows scripts, styles and fonts from this origin only,
// images also as data: URLs (the CSS base draws its icons that way), no plugins,
// no framing, and forms that post back here only.
const ContentSecurityPolicy = cspBase + "frame-ancestors 'none'"

// FramableContentSecurityPolicy is ContentSecurityPolicy for the few pages
// made to sit in another site's iframe (see AllowFraming): any site may
// frame them; everything else stays as strict.
const FramableContentSecurityPolicy = cspBase + "frame-ancestors *"

const cspBase = "default-src 'self'; script-src 'self'; style-src 'self'; " +
	"img-src 'self' data:; object-src 'none'; base-uri 'self'; form-action 'self'; "

// securityHeaders are set on every response by SecurityHeaders.
var securityHeaders = [][2]string{
	{"Content-Security-Policy", ContentSecurityPolicy},
	{"X-Content-Type-Options", "nosniff"},
	{"Referrer-Policy", "same-origin"},
	{"X-Frame-Options", "DENY"},
	{"Permissions-Policy", "camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()"},
	{"Cross-Origin-Opener-Policy", "same-origin"},
}

// SecurityHeaders sets a strict Content-Security-Policy and the other protective
// headers on every response. Running it twice is harmless.
func SecurityHeaders(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		h := w.Header()
		for _, kv := range securityHeaders {
			h.Set(kv[0], kv[1])
		}
		next.ServeHTTP(w, r)
	})
}

// AllowFraming lets any site frame the response whose headers h are: it
// swaps the policy for FramableContentSecurityPolicy and drops
// X-Frame-Options. Call it after SecurityHeaders ran and before writing;
// only handlers of embeddable pages do, so every other page keeps denying
// framing.
func AllowFraming(h http.Header) {
	h.Set("Content-Security-Policy", FramableContentSecurityPolicy)
	h.Del("X-Frame-Options")
}
