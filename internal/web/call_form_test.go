package web_test

import (
	"net/http"
	"net/url"
	"testing"

	"coalition/internal/initiative"
)

// callForm is a valid call form.
func callForm(title, deadline string) url.Values {
	return url.Values{"lang": {"en"}, "titles": {title}, "texts": {"Help us collect signatures."}, "roles": {"volunteer", "intermediary"},
		"countries": {"LV", "BG"}, "languages": {"lv"}, "deadline": {deadline}}
}

func TestCallPublishPastDeadlineRefusedBesideTheField(t *testing.T) {
	e := newCallEnv(t)
	b, owner := e.signIn("ana@example.org")
	in := e.createECI(owner, "clean-baltic", true)
	path := "/initiatives/" + itoa(in.ID) + "/calls"
	expectStatus(t, b.get(path+"/new?lang=lv"), http.StatusOK)
	p := b.post(path+"/new", callForm("Volunteers wanted", inDays(-1)))
	expectStatus(t, p, http.StatusUnprocessableEntity)
	expectContains(t, p, `<small id="f-deadline-help">`+e.T("lv", "call.deadline_past"))
	expectContains(t, p, `value="Volunteers wanted"`)

	expectRedirect(t, b.post(path+"/new", callForm("Volunteers wanted", inDays(20))), path)
	list := b.get(path)
	expectContains(t, list, "Volunteers wanted")
	expectContains(t, list, e.T("lv", "call.published"))
	cs, err := e.inits.Calls(t.Context(), initiative.Actor{UserID: owner.ID}, in.ID)
	if err != nil || len(cs) != 1 || cs[0].Responsible != owner.ID || len(cs[0].Countries) != 2 {
		t.Fatalf("calls %+v, %v", cs, err)
	}
	edit := path + "/" + itoa(cs[0].ID)
	expectStatus(t, b.get(edit), http.StatusOK)
	closeForm := callForm("Volunteers wanted", inDays(20))
	closeForm.Set("version", "1")
	closeForm.Set("open", "1")
	closeForm.Set("action", "close")
	expectRedirect(t, b.post(edit, closeForm), path)
	stale := callForm("Volunteers wanted, again", inDays(20))
	stale.Set("version", "1")
	p = b.post(edit, stale)
	expectStatus(t, p, http.StatusConflict)
	expectContains(t, p, e.T("lv", "error.stale"))
	if c, err := e.inits.Call(t.Context(), cs[0].ID); err != nil || c.Open || c.Version != 2 {
		t.Errorf("after close and a stale save: %+v, %v", c, err)
	}
}
