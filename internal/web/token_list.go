package web

import (
	"net/http"

	"coalition/internal/account"
	"coalition/internal/httpx"
)

// tokensPage is the data of tokens.html.
type tokensPage struct {
	Tokens []account.Token
	Form   form
}

// tokenList shows the user's API tokens (by name and prefix, never the secret)
// and the form to create one.
func (s *Server) tokenList(w http.ResponseWriter, r *http.Request) error {
	u, _ := httpx.UserFrom(r.Context())
	tokens, err := s.accounts.Tokens(r.Context(), u.ID)
	if err != nil {
		return err
	}
	return s.render(w, r, http.StatusOK, "tokens.html", tokensPage{Tokens: tokens, Form: readForm(r)})
}

// tokenRow is the data of the "token-row" template: a token and the CSRF token
// its revoke form carries.
type tokenRow struct {
	Token account.Token
	CSRF  string
}
