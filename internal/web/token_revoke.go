package web

import (
	"net/http"
	"strconv"

	"coalition/internal/errs"
	"coalition/internal/httpx"
)

// tokenRevoke revokes one of the user's API tokens and returns to the list. A
// token that is not theirs is not found.
func (s *Server) tokenRevoke(w http.ResponseWriter, r *http.Request) error {
	u, _ := httpx.UserFrom(r.Context())
	id, err := strconv.ParseInt(r.PathValue("id"), 10, 64)
	if err != nil {
		return errs.ErrNotFound
	}
	if err := s.accounts.RevokeToken(r.Context(), u.ID, id); err != nil {
		return err
	}
	s.redirectFlash(w, r, "/settings/tokens", "tokens.revoked")
	return nil
}
