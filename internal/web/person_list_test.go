package web_test

import (
	"net/http"
	"strconv"
	"strings"
	"testing"

	"coalition/internal/directory"
)

// TestPersonListPastTheLastPage checks that a page beyond the end shows the
// last page and says so, instead of "no people found".
func TestPersonListPastTheLastPage(t *testing.T) {
	e := newPersonEnv(t)
	for i := range 51 {
		e.person(directory.Person{GivenName: "Ana", FamilyName: "Novak " + strconv.Itoa(100+i)})
	}
	b, _ := e.signIn("anna@example.org")
	p := b.get("/people?page=999&lang=sl")
	expectStatus(t, p, http.StatusOK)
	expectContains(t, p, htmlEscape(e.T("sl", "pager.past_end", "asked", 999, "page", 2)))
	expectContains(t, p, htmlEscape(e.T("sl", "pager.page", "page", 2, "pages", 2)))
	expectContains(t, p, "Ana Novak 150")
	expectContains(t, p, htmlEscape(e.T("sl", "person.list.total", "count", 51)))
	if strings.Contains(p.body, e.T("sl", "person.list.empty")) {
		t.Error("the page says no people were found")
	}
	if none := b.get("/people?page=999&q=nobody&lang=en"); !strings.Contains(none.body, e.T("en", "person.list.empty")) || strings.Contains(none.body, `class="flash"`) {
		t.Errorf("an empty search past the end:\n%s", none.body)
	}
}
