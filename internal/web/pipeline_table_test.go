package web_test

import (
	"net/http"
	"net/url"
	"strings"
	"testing"

	"coalition/internal/initiative"
)

func TestPipelineTableFilters(t *testing.T) {
	f, b := newPipelineFixture(t)
	p := b.get(f.path() + "?view=table&country=LV&lang=en")
	expectStatus(t, p, http.StatusOK)
	expectContains(t, p, "Zaļie Rīgā")
	expectContains(t, p, "Rīgas Universitāte")
	if strings.Contains(p.body, "Зелени Балкани") {
		t.Error("the Latvian filter lists a Bulgarian partner")
	}
	p = b.get(f.path() + "?view=table&stage=committed&lang=en")
	if strings.Contains(p.body, "Zaļie Rīgā") || !strings.Contains(p.body, "Rīgas Universitāte") {
		t.Error("the stage filter does not narrow the table to committed partners")
	}
	expectContains(t, p, `action="/initiatives/`+itoa(f.in.ID)+`/pipeline/bulk?stage=committed&amp;view=table"`)
}

func TestPipelineBulkMoveReportsRefusals(t *testing.T) {
	f, b := newPipelineFixture(t)
	form := url.Values{"ids": {itoa(f.identified.ID), itoa(f.firm.ID)}, "stage": {"active"},
		"version_" + itoa(f.identified.ID): {itoa(f.identified.Version)}, "version_" + itoa(f.firm.ID): {itoa(f.firm.Version)}}
	p := b.post(f.path()+"/bulk?view=table&lang=sl", form)
	expectStatus(t, p, http.StatusOK)
	expectContains(t, p, f.e.N("sl", "pipeline.bulk.moved", 1))
	expectContains(t, p, f.e.N("sl", "pipeline.bulk.refused", 1))
	expectContains(t, p, "<li><strong>Zaļie Rīgā</strong>: "+f.e.T("sl", "engagement.commitment_required"))
	expectContains(t, p, `href="`+f.path()+"/"+itoa(f.identified.ID)+`?stage=active"`)
	es, err := f.e.inits.Pipeline(t.Context(), initiative.Actor{UserID: f.owner.ID}, f.in.ID, initiative.EngagementFilter{Stage: "active"})
	if err != nil || len(es) != 1 || es[0].ID != f.firm.ID {
		t.Fatalf("active partners after the bulk move: %v %v", es, err)
	}
	p = b.post(f.path()+"/bulk?view=table&lang=en", url.Values{"stage": {"paused"}})
	expectContains(t, p, f.e.T("en", "pipeline.bulk.none"))
}
