package web

import (
	"net/http"

	"coalition/internal/tabular"
)

// registerPeople puts the people, import and duplicate pages on mux. Import
// jobs and the duplicate scan run in the background (see directory.Jobs), so
// any instance shows them; every page needs a signed-in user.
func (s *Server) registerPeople(mux *http.ServeMux) {
	mux.Handle("GET /people", s.page(s.signedIn(s.personList)))
	mux.Handle("GET /people/new", s.page(s.signedIn(s.personNew)))
	mux.Handle("POST /people", s.page(s.signedIn(s.personCreate)))
	mux.Handle("GET /people/merge", s.page(s.signedIn(s.personMergeForm)))
	mux.Handle("POST /people/merge", s.page(s.signedIn(s.personMerge)))
	mux.Handle("GET /people/{id}", s.page(s.signedIn(s.personShow)))
	mux.Handle("GET /people/{id}/edit", s.page(s.signedIn(s.personEdit)))
	mux.Handle("GET /people/{id}/vcard", s.page(s.signedIn(s.personVCard)))
	mux.Handle("POST /people/{id}", s.page(s.signedIn(s.personUpdate)))
	mux.Handle("POST /people/{id}/archive", s.page(s.signedIn(s.personArchive(true))))
	mux.Handle("POST /people/{id}/restore", s.page(s.signedIn(s.personArchive(false))))
	mux.Handle("POST /people/{id}/affiliations", s.page(s.signedIn(s.affiliationAdd)))
	mux.Handle("POST /people/{id}/affiliations/{aid}/remove", s.page(s.signedIn(s.affiliationRemove)))

	mux.Handle("GET /import", s.page(s.signedIn(s.importForm)))
	mux.Handle("POST /import", s.uploadPage(s.signedIn(s.importStart), tabular.UploadLimit))
	mux.Handle("GET /import/{job}", s.page(s.signedIn(s.importStatus)))

	mux.Handle("GET /duplicates", s.page(s.signedIn(s.duplicateList)))
	mux.Handle("POST /duplicates/scan", s.page(s.signedIn(s.duplicateScan)))
	mux.Handle("GET /duplicates/merge", s.page(s.signedIn(s.orgMergeForm)))
	mux.Handle("POST /duplicates/merge", s.page(s.signedIn(s.orgMerge)))
}
