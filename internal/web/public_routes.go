package web

import "net/http"

// registerPublic puts the public pages of published initiatives on mux, for
// anyone: the page, the supporters widget (HTML, the one page other sites
// may frame, and JSON) and the logos of supporters that permit them.
func (s *Server) registerPublic(mux *http.ServeMux) {
	mux.Handle("GET /p/{slug}", s.page(s.publicShow))
	mux.Handle("GET /p/{slug}/supporters", s.page(s.publicWidget))
	mux.Handle("GET /p/{slug}/supporters.json", s.publicJSONHandler())
	mux.Handle("GET /p/{slug}/logos/{org}", s.page(s.publicLogo))
}
