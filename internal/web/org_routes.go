package web

import "net/http"

// registerOrganizations puts the organization pages on mux.
func (s *Server) registerOrganizations(mux *http.ServeMux) {}
