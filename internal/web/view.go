package web

import (
	"net/http"

	"coalition/internal/account"
	"coalition/internal/httpx"
	"coalition/internal/i18n"
)

// view is what the layout sees; Page holds the page's own data.
type view struct {
	Lang    string
	Langs   []langOption
	User    *account.User
	CSRF    string
	Flash   string // a catalog key
	Path    string
	Version string
	Page    any
}

// langOption is one entry of the language switcher.
type langOption struct {
	Code, Name string
	Current    bool
}

// view assembles the layout data for a request. It consumes the flash message.
func (s *Server) view(w http.ResponseWriter, r *http.Request, page any) view {
	v := view{
		Lang:    i18n.Lang(r.Context()),
		CSRF:    csrfToken(r.Context()),
		Flash:   s.takeFlash(w, r),
		Path:    r.URL.Path,
		Version: s.version,
		Page:    page,
	}
	if u, ok := httpx.UserFrom(r.Context()); ok {
		v.User = &u
	}
	for _, l := range i18n.Languages {
		v.Langs = append(v.Langs, langOption{Code: l, Name: i18n.Endonym(l), Current: l == v.Lang})
	}
	return v
}
