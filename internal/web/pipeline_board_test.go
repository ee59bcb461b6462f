package web_test

import (
	"net/http"
	"net/url"
	"strings"
	"testing"

	"coalition/internal/account"
	"coalition/internal/initiative"
)

// pipelineFixture is an initiative with three partners: one identified in
// Latvia, one in talks in Bulgaria and one firmly committed in Latvia.
type pipelineFixture struct {
	e                       *pipelineEnv
	owner                   account.User
	in                      initiative.Initiative
	identified, talks, firm initiative.Engagement
}

func newPipelineFixture(t *testing.T) (*pipelineFixture, *browser) {
	t.Helper()
	e := newPipelineEnv(t)
	b, owner := e.signIn("anna@example.org")
	in := e.createInitiative(owner, initiative.KindECI, "Clean Air for All")
	in.AllianceGoal = 100
	if _, err := e.inits.Update(t.Context(), initiative.Actor{UserID: owner.ID}, in); err != nil {
		t.Fatalf("set goal: %v", err)
	}
	f := &pipelineFixture{e: e, owner: owner, in: in}
	f.identified = e.engage(owner, in, e.org("Zaļie Rīgā", "LV", "ngo", "civil"), "LV", initiative.StageIdentified)
	f.talks = e.engage(owner, in, e.org("Зелени Балкани", "BG", "ngo", "civil"), "BG", initiative.StageInTalks)
	f.firm = e.engage(owner, in, e.org("Rīgas Universitāte", "LV", "education_research", "public"), "LV", initiative.StageCommitted)
	return f, b
}

func (f *pipelineFixture) path() string { return initiativeURL(f.in.ID) + "/pipeline" }

func TestPipelineBoardListsByStage(t *testing.T) {
	f, b := newPipelineFixture(t)
	p := b.get(f.path() + "?lang=en")
	expectStatus(t, p, http.StatusOK)
	for stage, name := range map[string]string{"identified": "Zaļie Rīgā", "in_talks": "Зелени Балкани", "committed": "Rīgas Universitāte"} {
		if !strings.Contains(column(t, p, stage), name) {
			t.Errorf("column %s does not hold %s", stage, name)
		}
	}
	if strings.Contains(column(t, p, "contacted"), "pipeline-card") {
		t.Error("the contacted column holds a card")
	}
	expectContains(t, p, `<span class="pipeline-badge pipeline-firm">`+f.e.T("en", "pipeline.badge.firm"))
	expectContains(t, p, `action="/initiatives/`+itoa(f.in.ID)+`/pipeline/`+itoa(f.talks.ID)+`/stage"`)
	expectContains(t, b.get(initiativeURL(f.in.ID)), `<a href="`+f.path()+`" role="button"`)
}

func TestPipelineMoveWithoutJavaScript(t *testing.T) {
	f, b := newPipelineFixture(t)
	p := b.post(f.path()+"/"+itoa(f.talks.ID)+"/stage", url.Values{"version": {itoa(f.talks.Version)}, "stage": {"contacted"}})
	expectRedirect(t, p, f.path())
	board := b.get(f.path() + "?lang=en")
	expectContains(t, board, f.e.T("en", "pipeline.moved"))
	if !strings.Contains(column(t, board, "contacted"), "Зелени Балкани") {
		t.Error("the partner is not in the contacted column after the move")
	}
}

func TestPipelineMoveWithHTMX(t *testing.T) {
	f, b := newPipelineFixture(t)
	p := b.post(f.path()+"/"+itoa(f.talks.ID)+"/stage?lang=lv", url.Values{"version": {itoa(f.talks.Version)}, "stage": {"paused"}},
		"HX-Request", "true")
	expectStatus(t, p, http.StatusOK)
	if strings.Contains(p.body, "<html") || !strings.HasPrefix(strings.TrimSpace(p.body), `<div id="pipeline-board">`) {
		t.Fatalf("htmx gets the board alone:\n%s", p.body)
	}
	if !strings.Contains(column(t, p, "paused"), "Зелени Балкани") {
		t.Error("the swapped board does not show the partner paused")
	}
	expectContains(t, p, `name="csrf" value="`+b.cookie("coalition_csrf")+`"`)
}

func TestPipelineMoveToCommittedNeedsCommitment(t *testing.T) {
	f, b := newPipelineFixture(t)
	form := url.Values{"version": {itoa(f.talks.Version)}, "stage": {"committed"}}
	edit := f.path() + "/" + itoa(f.talks.ID) + "?stage=committed"
	t.Run("without JavaScript", func(t *testing.T) {
		p := b.post(f.path()+"/"+itoa(f.talks.ID)+"/stage?lang=bg", form)
		expectStatus(t, p, http.StatusUnprocessableEntity)
		expectContains(t, p, f.e.T("bg", "engagement.commitment_required"))
		expectContains(t, p, `<a href="`+edit+`">`)
	})
	t.Run("with htmx", func(t *testing.T) {
		p := b.post(f.path()+"/"+itoa(f.talks.ID)+"/stage?lang=ro", form, "HX-Request", "true")
		expectStatus(t, p, http.StatusOK)
		expectContains(t, p, f.e.T("ro", "engagement.commitment_required"))
		if !strings.Contains(column(t, p, "in_talks"), "Зелени Балкани") {
			t.Error("the refused partner left its column")
		}
	})
}

func TestPipelineCoordinatorSeesOwnStates(t *testing.T) {
	f, _ := newPipelineFixture(t)
	e := f.e
	ivan := e.user("ivan@example.org", "Ivan Petrov")
	e.setMember(f.owner, f.in, ivan, initiative.RoleCoordinator, "BG")
	b := e.signInAs(ivan)
	p := b.get(f.path() + "?lang=en")
	expectStatus(t, p, http.StatusOK)
	expectContains(t, p, "Зелени Балкани")
	if strings.Contains(p.body, "Zaļie Rīgā") || strings.Contains(p.body, "Rīgas Universitāte") {
		t.Fatal("a coordinator for Bulgaria sees Latvian partners")
	}
	table := b.get(f.path() + "?view=table&lang=en")
	if strings.Contains(table.body, `<option value="LV"`) || !strings.Contains(table.body, `<option value="BG"`) {
		t.Error("the country filter offers other states than the coordinator's")
	}
	move := url.Values{"version": {itoa(f.identified.Version)}, "stage": {"contacted"}}
	// A partner of another state is not theirs to see: 404, as for a stranger.
	expectStatus(t, b.post(f.path()+"/"+itoa(f.identified.ID)+"/stage", move), http.StatusNotFound)

	vera := e.user("vera@example.org", "Vera Viewer")
	e.setMember(f.owner, f.in, vera, initiative.RoleViewer)
	v := e.signInAs(vera)
	if strings.Contains(v.get(f.path()).body, `class="pipeline-move"`) {
		t.Error("a viewer gets the move forms")
	}
	expectStatus(t, v.post(f.path()+"/"+itoa(f.identified.ID)+"/stage", move), http.StatusForbidden)
	expectStatus(t, b.post(f.path()+"/"+itoa(f.talks.ID)+"/stage", url.Values{"version": {itoa(f.talks.Version)}, "stage": {"contacted"}}),
		http.StatusSeeOther)
}
