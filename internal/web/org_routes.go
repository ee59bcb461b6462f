package web

import (
	"net/http"
	"strconv"
	"strings"

	"coalition/internal/directory"
	"coalition/internal/errs"
	"coalition/internal/httpx"
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
	mux.Handle("POST /organizations/{id}/logo", s.orgUploadPage(s.signedIn(s.orgLogoUpload), orgLogoBodyLimit))
}

// orgActor is the directory actor of the signed-in user.
func orgActor(r *http.Request) directory.Actor {
	u, _ := httpx.UserFrom(r.Context())
	return directory.Actor{UserID: u.ID}
}

// orgPathID reads the organization id of the path; anything but a positive
// number is not found.
func orgPathID(r *http.Request) (int64, error) {
	id, err := strconv.ParseInt(r.PathValue("id"), 10, 64)
	if err != nil || id <= 0 {
		return 0, errs.ErrNotFound
	}
	return id, nil
}

// orgInt64 reads a number from a form or query value; 0 when missing or bad.
func orgInt64(v string) int64 {
	n, _ := strconv.ParseInt(strings.TrimSpace(v), 10, 64)
	return n
}
