package web_test

import (
	"net/http"
	"net/url"
	"strings"
	"testing"

	"coalition/internal/initiative"
)

func TestPipelineNewSearchesTheDirectory(t *testing.T) {
	f, b := newPipelineFixture(t)
	o := f.e.org("Latvijas Dabas fonds", "LV", "foundation", "civil")
	p := b.get(f.path() + "/new?q=Dabas&lang=lv")
	expectStatus(t, p, http.StatusOK)
	expectContains(t, p, `<input type="radio" name="partner" value="`+itoa(o.ID)+`" form="pipeline-form">`)
	expectContains(t, p, `hx-get="/initiatives/`+itoa(f.in.ID)+`/pipeline/new"`)
	expectContains(t, b.get(f.path()+"/new?q=zzzz&lang=lv"), f.e.T("lv", "pipeline.form.no_results"))
}

func TestPipelineCreate(t *testing.T) {
	f, b := newPipelineFixture(t)
	o := f.e.org("Latvijas Dabas fonds", "LV", "foundation", "civil")
	form := url.Values{"country": {"LV"}, "roles": {"sponsor", "intermediary"}, "stage": {"contacted"},
		"pledge_state.0": {"LV"}, "pledge_count.0": {"1500"}, "pledge_state.1": {""}, "pledge_count.1": {""},
		"volunteers": {"12"}, "money": {"2500.50"}, "currency": {"EUR"}, "duties": {"Collect signatures at events"}}
	t.Run("without a partner", func(t *testing.T) {
		p := b.post(f.path()+"?lang=bg", form)
		expectStatus(t, p, http.StatusUnprocessableEntity)
		expectContains(t, p, f.e.T("bg", "engagement.partner"))
		expectContains(t, p, "Collect signatures at events")
		expectContains(t, p, `name="pledge_count.0" value="1500"`)
	})
	form.Set("partner", itoa(o.ID))
	expectRedirect(t, b.post(f.path(), form), f.path())
	es, err := f.e.inits.Pipeline(t.Context(), initiative.Actor{UserID: f.owner.ID}, f.in.ID, initiative.EngagementFilter{Stage: "contacted"})
	if err != nil || len(es) != 1 {
		t.Fatalf("contacted partners: %v %v", es, err)
	}
	e := es[0]
	if e.OrgID != o.ID || e.Pledge.Signatures["LV"] != 1500 || e.Pledge.Money != 250050 || e.Pledge.Volunteers != 12 || len(e.Roles) != 2 {
		t.Errorf("stored %+v", e)
	}
	board := b.get(f.path() + "?lang=en")
	expectContains(t, board, f.e.N("en", "pipeline.pledge.signatures", 1500))
	expectContains(t, board, "2500.50 EUR")
}

func TestPipelineEditWithStaleVersion(t *testing.T) {
	f, b := newPipelineFixture(t)
	edit := f.path() + "/" + itoa(f.talks.ID)
	p := b.get(edit + "?stage=committed&lang=en")
	expectStatus(t, p, http.StatusOK)
	expectContains(t, p, `<option value="committed" selected>`)
	expectContains(t, p, `name="version" value="`+itoa(f.talks.Version)+`"`)
	expectContains(t, p, f.e.T("en", "pipeline.history.engaged"))

	form := url.Values{"version": {itoa(f.talks.Version)}, "country": {"BG"}, "stage": {"committed"}, "roles": {"influencer"},
		"committed_on": {"2025-01-15"}, "confirmed_by": {"Ivan Petrov"}, "confirmed_how": {"letter"}, "logo_permission": {"1"}}
	expectRedirect(t, b.post(edit, form), f.path())
	form.Set("notes", "Typed over an old copy")
	p = b.post(edit+"?lang=lv", form)
	expectStatus(t, p, http.StatusConflict)
	expectContains(t, p, f.e.T("lv", "error.stale"))
	expectContains(t, p, "Typed over an old copy")
	expectContains(t, p, `<a href="`+edit+`">`+f.e.T("lv", "pipeline.form.reload"))

	board := b.get(f.path() + "?lang=en")
	if c := column(t, board, "committed"); !strings.Contains(c, "Зелени Балкани") || !strings.Contains(c, "pipeline-logo") {
		t.Error("the committed partner with logo permission is not on the board as such")
	}
	expectContains(t, b.get(edit+"?lang=en"), termStage("in_talks")+" → "+termStage("committed"))
}

// termStage is the English label of a stage.
func termStage(code string) string {
	return map[string]string{"in_talks": "In talks", "committed": "Committed"}[code]
}
