package web

import (
	"net/http"

	"coalition/internal/directory"
)

// registerOrganizations puts the organization pages on mux. Every page needs
// a signed-in user. Organizations are archived and restored, never deleted.
func (s *Server) registerOrganizations(mux *http.ServeMux) {
	mux.Handle("GET /organizations", s.page(s.signedIn(s.orgList)))
	mux.Handle("GET /organizations/export", s.page(s.signedIn(s.orgExport)))
	mux.Handle("GET /organizations/new", s.page(s.signedIn(s.orgNew)))
	mux.Handle("POST /organizations", s.page(s.signedIn(s.orgCreate)))
	mux.Handle("GET /organizations/{id}", s.page(s.signedIn(s.orgDetail)))
	mux.Handle("GET /organizations/{id}/edit", s.page(s.signedIn(s.orgEdit)))
	mux.Handle("POST /organizations/{id}", s.page(s.signedIn(s.orgUpdate)))
	mux.Handle("POST /organizations/{id}/archive", s.page(s.signedIn(s.orgArchive(true))))
	mux.Handle("POST /organizations/{id}/restore", s.page(s.signedIn(s.orgArchive(false))))
	mux.Handle("GET /organizations/{id}/logo", s.page(s.signedIn(s.orgLogo)))
	mux.Handle("POST /organizations/{id}/logo", s.uploadPage(s.signedIn(s.orgLogoUpload), directory.MaxLogoBytes))
}
