package web

import "net/http"

// maxTallyFile bounds an uploaded file of tallies: a line per member state
// fits in far less.
const maxTallyFile = 1 << 20

// registerCoverage puts an ECI's coverage pages on mux, for its team: the
// page with the map and the table, its CSV export, and the two ways of
// recording tallies, the form and the upload of a CSV file.
func (s *Server) registerCoverage(mux *http.ServeMux) {
	mux.Handle("GET /initiatives/{id}/coverage", s.page(s.signedIn(s.coverageShow)))
	mux.Handle("GET /initiatives/{id}/coverage.csv", s.page(s.signedIn(s.coverageExport)))
	mux.Handle("POST /initiatives/{id}/tallies", s.page(s.signedIn(s.tallyAdd)))
	mux.Handle("POST /initiatives/{id}/tallies/upload", s.uploadPage(s.signedIn(s.tallyUpload), maxTallyFile))
}
