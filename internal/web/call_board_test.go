package web_test

import (
	"net/http"
	"strings"
	"testing"

	"coalition/internal/initiative"
)

func TestCallBoardListsOpenCallsOfPublishedInitiativesAndFilters(t *testing.T) {
	e := newCallEnv(t)
	owner := e.createUser("ana@example.org")
	pub := e.createECI(owner, "clean-baltic", true)
	hidden := e.createECI(owner, "draft", false)
	lv := e.publishCall(owner, pub, "Volunteers in Latvia", []string{"volunteer"}, []string{"LV"}, 30)
	anywhere := e.publishCall(owner, pub, "Sponsors anywhere", []string{"sponsor"}, nil, 10)
	closed := e.publishCall(owner, pub, "Closed call", []string{"volunteer"}, nil, 20)
	closed.Open = false
	if _, err := e.inits.UpdateCall(e.t.Context(), initiative.Actor{UserID: owner.ID}, closed); err != nil {
		t.Fatal(err)
	}
	e.publishCall(owner, hidden, "Unpublished initiative", []string{"volunteer"}, nil, 30)

	b := e.browser()
	for _, tc := range []struct {
		query string
		want  []string
	}{
		{"", []string{"Sponsors anywhere", "Volunteers in Latvia"}},
		{"role=volunteer", []string{"Volunteers in Latvia"}},
		{"country=EE", []string{"Sponsors anywhere"}},
		{"country=lv&role=sponsor", []string{"Sponsors anywhere"}},
		{"topic=health", nil},
		{"language=bg", []string{"Sponsors anywhere", "Volunteers in Latvia"}},
	} {
		t.Run(tc.query, func(t *testing.T) {
			p := b.get("/calls?lang=en&" + tc.query)
			expectStatus(t, p, http.StatusOK)
			if got := boardTitles(p, lv.ID, anywhere.ID); strings.Join(got, "|") != strings.Join(tc.want, "|") {
				t.Errorf("board %v, want %v", got, tc.want)
			}
			for _, never := range []string{"Closed call", "Unpublished initiative"} {
				if strings.Contains(p.body, never) {
					t.Errorf("the board shows %q", never)
				}
			}
		})
	}
	p := b.get("/calls?topic=health&lang=lv")
	expectContains(t, p, e.T("lv", "call.board.none_filtered"))
	expectStatus(t, b.get("/calls/"+itoa(closed.ID)), http.StatusOK)
	expectContains(t, b.get("/calls/"+itoa(closed.ID)+"?lang=lv"), e.T("lv", "call.closed"))
}

// boardTitles returns the titles of the calls ids on a board page, in the
// order shown (soonest deadline first).
func boardTitles(p page, ids ...int64) []string {
	type hit struct {
		at    int
		title string
	}
	titles := map[int64]string{ids[0]: "Volunteers in Latvia", ids[1]: "Sponsors anywhere"}
	var hits []hit
	for _, id := range ids {
		if i := strings.Index(p.body, `href="/calls/`+itoa(id)+`"`); i >= 0 {
			hits = append(hits, hit{i, titles[id]})
		}
	}
	if len(hits) == 2 && hits[1].at < hits[0].at {
		hits[0], hits[1] = hits[1], hits[0]
	}
	var out []string
	for _, h := range hits {
		out = append(out, h.title)
	}
	return out
}
