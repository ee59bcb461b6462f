package web

import (
	"net/http"

	"coalition/internal/httpx"
	"coalition/internal/i18n"
)

// The dashboard's links: the reference data page (member states with seats,
// ECI thresholds and ages; vocabularies) and the JSON API's OpenAPI description.
const (
	referenceDataURL = "/reference"
	apiDocsURL       = "/api/v1/openapi.json"
)

// dashboardPage is the data of dashboard.html.
type dashboardPage struct {
	Name          string
	ActiveTokens  int
	ReferenceData string
	APIDocs       string
	// Initiatives are the user's initiatives, when the initiative pages are on.
	Initiatives   []initiativeRow
	InitiativesOn bool
}

// dashboard welcomes a signed-in user with quick links and what comes next.
func (s *Server) dashboard(w http.ResponseWriter, r *http.Request) error {
	u, _ := httpx.UserFrom(r.Context())
	tokens, err := s.accounts.Tokens(r.Context(), u.ID)
	if err != nil {
		return err
	}
	page := dashboardPage{Name: defaultTo(u.Name, u.Email), ReferenceData: referenceDataURL, APIDocs: apiDocsURL}
	for _, t := range tokens {
		if !t.Revoked() {
			page.ActiveTokens++
		}
	}
	if s.inits != nil {
		page.InitiativesOn = true
		if page.Initiatives, err = s.initiativeRows(r.Context(), initiativeActor(r), i18n.Lang(r.Context())); err != nil {
			return err
		}
	}
	return s.render(w, r, http.StatusOK, "dashboard.html", page)
}
