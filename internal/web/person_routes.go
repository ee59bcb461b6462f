package web

import "net/http"

// registerPeople puts the people, import and duplicate pages on mux.
func (s *Server) registerPeople(mux *http.ServeMux) {}
