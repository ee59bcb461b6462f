package api

import (
	"net/http"

	"coalition/internal/httpx"
)

// userJSON is the API's view of a user.
type userJSON struct {
	ID       int64  `json:"id"`
	Email    string `json:"email"`
	Name     string `json:"name"`
	Admin    bool   `json:"admin"`
	Language string `json:"language,omitempty"`
}

// me returns the user the token belongs to.
func (s *Server) me(w http.ResponseWriter, r *http.Request) error {
	u, _ := httpx.UserFrom(r.Context())
	return writeJSON(w, http.StatusOK, userJSON{ID: u.ID, Email: u.Email, Name: u.Name, Admin: u.Admin, Language: u.Language})
}
