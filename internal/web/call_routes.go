package web

import (
	"net/http"
	"strconv"
)

// registerCalls puts the partner calls on mux: for anyone, the board of open
// calls, one call with its expression-of-interest form and the thank-you
// page; for the team (signed in), an initiative's calls and their form. The
// call service decides who may see and change what.
func (s *Server) registerCalls(mux *http.ServeMux) {
	mux.Handle("GET /calls", s.page(s.callBoard))
	mux.Handle("GET /calls/{cid}", s.page(s.callShow))
	mux.Handle("POST /calls/{cid}/interest", s.page(s.callInterest))
	mux.Handle("GET /initiatives/{id}/calls", s.page(s.signedIn(s.callList)))
	mux.Handle("GET /initiatives/{id}/calls/new", s.page(s.signedIn(s.callNew)))
	mux.Handle("POST /initiatives/{id}/calls/new", s.page(s.signedIn(s.callCreate)))
	mux.Handle("GET /initiatives/{id}/calls/{cid}", s.page(s.signedIn(s.callEdit)))
	mux.Handle("POST /initiatives/{id}/calls/{cid}", s.page(s.signedIn(s.callUpdate)))
}

// callsPath is the address of an initiative's calls.
func callsPath(initiativeID int64) string { return initiativePath(initiativeID) + "/calls" }

// teamCallPath is the address of a call's edit form.
func teamCallPath(initiativeID, id int64) string {
	return callsPath(initiativeID) + "/" + strconv.FormatInt(id, 10)
}

// publicCallPath is the address of a call on the public board.
func publicCallPath(id int64) string { return "/calls/" + strconv.FormatInt(id, 10) }
