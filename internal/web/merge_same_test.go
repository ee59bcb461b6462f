package web_test

import (
	"net/http"
	"net/url"
	"strconv"
	"testing"

	"coalition/internal/directory"
)

func TestMergeSameRecordByPostIsRefused(t *testing.T) {
	e := newPersonEnv(t)
	org := e.org(directory.Organization{Name: "Zaļā josta", Country: "LV"})
	per := e.person(directory.Person{GivenName: "Jānis", FamilyName: "Bērziņš", Country: "LV"})
	b, _ := e.signIn("anna@example.org")
	for path, id := range map[string]int64{"/duplicates/merge": org.ID, "/people/merge": per.ID} {
		t.Run(path, func(t *testing.T) {
			same := strconv.FormatInt(id, 10)
			p := b.post(path+"?lang=lv", url.Values{"keep": {same}, "drop": {same}, "keep_version": {"1"}})
			expectStatus(t, p, http.StatusUnprocessableEntity)
			expectContains(t, p, e.T("lv", "merge.same_record"))
		})
	}
}
