package web

import (
	"net/http"

	"coalition/internal/account"
	"coalition/internal/httpx"
)

// tokenCreatedPage is the data of token_created.html.
type tokenCreatedPage struct {
	Token  account.Token
	Secret string
}

// tokenCreate makes an API token and shows its secret, this once only. A name
// the service refuses (the form already limits its length) gets the translated
// 422 error page.
func (s *Server) tokenCreate(w http.ResponseWriter, r *http.Request) error {
	u, _ := httpx.UserFrom(r.Context())
	f := readForm(r, "name")
	secret, t, err := s.accounts.CreateToken(r.Context(), u.ID, f.Values["name"])
	if err != nil {
		return err
	}
	return s.render(w, r, http.StatusCreated, "token_created.html", tokenCreatedPage{Token: t, Secret: secret})
}
