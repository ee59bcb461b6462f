package web

import (
	"encoding/json"
	"net/http"

	"coalition/internal/httpx"
	"coalition/internal/i18n"
)

// supportersJSON is the JSON form of the supporters widget.
type supportersJSON struct {
	Initiative struct {
		Title string `json:"title"`
		Slug  string `json:"slug"`
	} `json:"initiative"`
	Supporters []supporterJSON `json:"supporters"`
}

type supporterJSON struct {
	Name    string  `json:"name"`
	Country string  `json:"country"`
	Website string  `json:"website"`
	LogoURL *string `json:"logo_url"`
}

// publicJSONHandler serves the supporters of a published initiative as
// JSON for anyone, any site's scripts included; errors are JSON too.
func (s *Server) publicJSONHandler() http.Handler {
	return httpx.Chain(httpx.Adapt(s.publicJSON, s.jsonError),
		httpx.SecurityHeaders, httpx.Locale(s.i18n), httpx.RecoverWith(s.logger, s.jsonError))
}

// publicJSON writes the supporters of the initiative published at slug,
// never cached, so a withdrawn commitment or logo permission is gone from
// the next answer.
func (s *Server) publicJSON(w http.ResponseWriter, r *http.Request) error {
	lang := i18n.Lang(r.Context())
	in, sup, err := s.publicSupporters(r.Context(), lang, r.PathValue("slug"))
	if err != nil {
		return err
	}
	var out supportersJSON
	out.Initiative.Title, out.Initiative.Slug = in.Title(lang), in.Slug
	out.Supporters = make([]supporterJSON, len(sup))
	for i, v := range sup {
		out.Supporters[i] = supporterJSON{Name: v.Name, Country: v.Country, Website: v.Website}
		if v.LogoURL != "" {
			out.Supporters[i].LogoURL = &sup[i].LogoURL
		}
	}
	writePublicJSON(w, http.StatusOK, out)
	return nil
}

// jsonError answers err as {"error": {"code", "message"}}, translated.
func (s *Server) jsonError(w http.ResponseWriter, r *http.Request, err error) {
	code := httpx.Status(err)
	if code >= 500 {
		httpx.LogError(s.logger, r, err)
	}
	key, msg, _ := s.i18n.Describe(i18n.Lang(r.Context()), err)
	writePublicJSON(w, code, map[string]any{"error": map[string]string{"code": key, "message": msg}})
}

// writePublicJSON writes v with status, readable by any site, never cached.
func writePublicJSON(w http.ResponseWriter, status int, v any) {
	h := w.Header()
	h.Set("Content-Type", "application/json; charset=utf-8")
	h.Set("Cache-Control", "no-store")
	h.Set("Access-Control-Allow-Origin", "*")
	w.WriteHeader(status)
	_ = json.NewEncoder(w).Encode(v) // a failed write means the client went away
}
