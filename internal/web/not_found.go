package web

import (
	"net/http"

	"coalition/internal/errs"
)

// notFound answers every path no other route matches with the 404 page.
func (s *Server) notFound(w http.ResponseWriter, r *http.Request) error {
	return errs.ErrNotFound
}
