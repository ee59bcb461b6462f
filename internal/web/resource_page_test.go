package web_test

import (
	"net/http"
	"net/url"
	"strings"
	"testing"

	"coalition/internal/initiative"
)

// resourcesURL is the address of an initiative's resources page.
func resourcesURL(id int64) string { return initiativeURL(id) + "/resources" }

// resourceForm is a filled-in resource form; change adjusts it.
func resourceForm(change func(url.Values)) url.Values {
	v := url.Values{"what": {"Sponsorship of the launch"}, "kind": {"money"}, "value": {"2500,50"}, "currency": {"eur"},
		"status": {"received"}, "on": {"2025-04-01"}, "note": {"Bank transfer"}}
	if change != nil {
		change(v)
	}
	return v
}

func TestResourcePageAddsAndTotals(t *testing.T) {
	f, b := newPipelineFixture(t)
	list := resourcesURL(f.in.ID)
	p := b.get(list + "?lang=lv")
	expectStatus(t, p, http.StatusOK)
	expectContains(t, p, f.e.T("lv", "resource.empty"))
	expectContains(t, p, `<option value="`+itoa(f.talks.ID)+`">Зелени Балкани</option>`)
	expectContains(t, b.get(initiativeURL(f.in.ID)+"?lang=lv"), `href="`+list+`"`)

	expectRedirect(t, b.post(list, resourceForm(func(v url.Values) { v.Set("engagement_id", itoa(f.talks.ID)) })), list)
	expectRedirect(t, b.post(list, resourceForm(func(v url.Values) {
		v.Set("source", "Rīgas dome")
		v.Set("kind", "in_kind")
		v.Set("value", "800")
		v.Set("status", "pledged")
	})), list)
	p = b.get(list + "?lang=bg")
	expectContains(t, p, f.e.T("bg", "resource.added"))
	expectContains(t, p, "Зелени Балкани")
	expectContains(t, p, "Rīgas dome")
	expectContains(t, p, `<tr><th scope="row">EUR</th><td class="num">800.00</td><td class="num">2500.50</td></tr>`)
}

func TestResourcePageRefusals(t *testing.T) {
	f, b := newPipelineFixture(t)
	list := resourcesURL(f.in.ID)
	p := b.post(list+"?lang=lv", resourceForm(func(v url.Values) { v.Set("value", "-3") }))
	expectStatus(t, p, http.StatusUnprocessableEntity)
	expectContains(t, p, htmlEscape(f.e.T("lv", "validation.number")))
	expectContains(t, p, `value="Sponsorship of the launch"`)
	p = b.post(list+"?lang=lv", resourceForm(func(v url.Values) {
		v.Set("currency", "EU")
		v.Set("on", "2999-01-01")
	}))
	expectStatus(t, p, http.StatusUnprocessableEntity)
	for _, key := range []string{"resource.giver_required", "validation.currency", "validation.date_future"} {
		expectContains(t, p, htmlEscape(f.e.T("lv", key)))
	}

	coordinator, cu := f.e.signIn("bo@example.org")
	f.e.setMember(f.owner, f.in, cu, initiative.RoleCoordinator, "LV")
	p = coordinator.get(list + "?lang=en")
	expectStatus(t, p, http.StatusOK)
	if strings.Contains(p.body, "Зелени Балкани") || strings.Contains(p.body, `name="source"`) {
		t.Error("a coordinator of LV is offered a BG partner or a source in words")
	}
	p = coordinator.post(list, resourceForm(func(v url.Values) { v.Set("source", "Someone") }))
	expectStatus(t, p, http.StatusForbidden)
}

func TestResourceEditStaleAndDelete(t *testing.T) {
	f, b := newPipelineFixture(t)
	res, err := f.e.inits.AddResource(t.Context(), initiative.Actor{UserID: f.owner.ID}, initiative.Resource{InitiativeID: f.in.ID,
		EngagementID: f.firm.ID, What: "Printing", Kind: "in_kind", Value: 30000, Currency: "EUR", Status: "pledged", On: f.firm.CreatedAt})
	if err != nil {
		t.Fatal(err)
	}
	edit := resourcesURL(f.in.ID) + "/" + itoa(res.ID)
	p := b.get(edit + "?lang=en")
	expectStatus(t, p, http.StatusOK)
	expectContains(t, p, `name="version" value="1"`)
	expectContains(t, p, `value="300.00"`)
	form := resourceForm(func(v url.Values) {
		v.Set("engagement_id", itoa(f.firm.ID))
		v.Set("version", "1")
	})
	expectRedirect(t, b.post(edit, form), resourcesURL(f.in.ID))
	form.Set("note", "Typed over an old copy")
	p = b.post(edit+"?lang=sl", form)
	expectStatus(t, p, http.StatusConflict)
	expectContains(t, p, f.e.T("sl", "error.stale"))
	expectContains(t, p, "Typed over an old copy")
	p = b.post(edit+"/delete?lang=en", url.Values{"version": {"1"}})
	expectStatus(t, p, http.StatusConflict)
	expectRedirect(t, b.post(edit+"/delete", url.Values{"version": {"2"}}), resourcesURL(f.in.ID))
	expectStatus(t, b.get(edit), http.StatusNotFound)
}
