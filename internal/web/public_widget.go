package web

import (
	"net/http"

	"coalition/internal/httpx"
	"coalition/internal/i18n"
)

// publicWidget is the supporters widget: the supporters of a published
// initiative in a page made to sit in another site's iframe, with no
// navigation. It is the one page any site may frame. Like every page it is
// never cached, so a withdrawn commitment or logo permission is gone from
// the next load.
func (s *Server) publicWidget(w http.ResponseWriter, r *http.Request) error {
	lang := i18n.Lang(r.Context())
	in, sup, err := s.publicSupporters(r.Context(), lang, r.PathValue("slug"))
	if err != nil {
		return err
	}
	httpx.AllowFraming(w.Header())
	return s.render(w, r, http.StatusOK, "public_widget.html", s.newPublicPage(lang, in, sup))
}
