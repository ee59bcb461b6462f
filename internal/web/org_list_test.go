package web_test

import (
	"net/http"
	"strings"
	"testing"
)

// TestOrgListQueryProblemIsTranslated checks that a query the searcher
// refuses shows its explanation in the page's language, not a catalog key.
func TestOrgListQueryProblemIsTranslated(t *testing.T) {
	e := newOrgEnv(t)
	seedOrgs(e)
	b, _ := e.signIn("anna@example.org")
	for _, lang := range []string{"en", "lv", "sl"} {
		p := b.get("/organizations?lang=" + lang + "&q=" + strings.Repeat("a", 600))
		expectStatus(t, p, http.StatusUnprocessableEntity)
		expectContains(t, p, `<span class="error">`+htmlEscape(e.T(lang, "search.query_too_long", "max", 500))+`</span>`)
		if strings.Contains(p.body, "search.query_too_long") {
			t.Errorf("%s: the page shows the catalog key", lang)
		}
	}
}
