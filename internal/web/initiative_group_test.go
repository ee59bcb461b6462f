package web_test

import (
	"net/http"
	"net/url"
	"strings"
	"testing"
	"time"

	"coalition/internal/account"
	"coalition/internal/initiative"
	"coalition/internal/initiative/eci"
)

func TestGroupCheckFiveStatesAndAnMEP(t *testing.T) {
	e := newInitiativeEnv(t)
	owner := e.user("anna@example.org", "Anna Bērziņa")
	in := e.createInitiative(owner, initiative.KindECI, "Clean Air for All")
	for _, o := range fiveAndAnMEP {
		e.addOrganizer(owner, in, o)
	}
	b := e.signInAs(owner)
	en := b.get(initiativeURL(in.ID) + "/organizers?lang=en")
	expectStatus(t, en, http.StatusOK)
	expectContains(t, en, "<li>5 eligible members in 5 member states: add members resident in 2 more member states</li>")
	expectContains(t, en, "<li>Members of the European Parliament do not count (1 in the group)</li>")
	expectContains(t, en, "Member of the European Parliament: does not count")
	expectContains(t, en, e.T("en", "initiative.group.incomplete"))

	lv := b.get(initiativeURL(in.ID) + "/organizers?lang=lv")
	expectContains(t, lv, "<li>"+e.N("lv", "eci.group.missing_states", 2, "eligible", 5, "states", 5)+"</li>")
	expectContains(t, lv, "<li>"+e.N("lv", "eci.group.meps_do_not_count", 1)+"</li>")
	expectContains(t, lv, e.T("lv", "eci.group.member.mep"))
	expectContains(t, lv, "Beļģija, Bulgārija, Latvija, Rumānija, Slovēnija")
	expectContains(t, lv, e.T("lv", "initiative.organizer.role.representative"))
}

func TestGroupLiveCheckReturnsTheFragment(t *testing.T) {
	e := newInitiativeEnv(t)
	owner := e.user("anna@example.org", "Anna Bērziņa")
	in := e.createInitiative(owner, initiative.KindECI, "Clean Air for All")
	for _, o := range fiveAndAnMEP {
		e.addOrganizer(owner, in, o)
	}
	b := e.signInAs(owner)
	typed := url.Values{"name": {"Jānis Ozols"}, "residence": {"GR"}, "nationality": {"LV"}, "birth_date": {"2015-01-01"}, "role": {"member"}}
	p := b.post(initiativeURL(in.ID)+"/organizers/check?lang=en", typed, "HX-Request", "true")
	expectStatus(t, p, http.StatusOK)
	if strings.Contains(p.body, "<html") || strings.Contains(p.body, "<table") {
		t.Fatalf("the check is not a fragment:\n%s", p.body)
	}
	expectContains(t, p, `<div id="group-form-check" hx-swap-oob="innerHTML">`) // the short check beside the button
	expectContains(t, p, e.T("en", "initiative.group.preview_named", "name", "Jānis Ozols"))
	expectContains(t, p, e.T("en", "eci.group.member.too_young", "age", 17, "country", "EL"))
	expectContains(t, p, "add members resident in 2 more member states")

	typed.Set("birth_date", "1990-02-03")
	p = b.post(initiativeURL(in.ID)+"/organizers/check", typed)
	expectContains(t, p, e.T("en", "initiative.organizer.counts"))
	expectContains(t, p, "6 eligible members in 6 member states: add members resident in 1 more member state")
	if _, check, _ := e.inits.Group(t.Context(), initiative.Actor{UserID: owner.ID}, in.ID); check.Eligible != 5 {
		t.Fatalf("the live check saved the member: %d eligible", check.Eligible)
	}

	// Checking an edit puts the typed member in place of the stored one.
	os, _, _ := e.inits.Group(t.Context(), initiative.Actor{UserID: owner.ID}, in.ID)
	mep := os[5]
	p = b.post(initiativeURL(in.ID)+"/organizers/check", url.Values{"oid": {itoa(mep.ID)}, "name": {mep.Name},
		"residence": {"DE"}, "nationality": {"DE"}, "birth_date": {"1980-05-17"}, "role": {"member"}})
	expectContains(t, p, "6 eligible members in 6 member states: add members resident in 1 more member state")
	if strings.Contains(p.body, "Members of the European Parliament do not count") {
		t.Error("the member who is no longer an MEP still counts as one")
	}
}

func TestGroupCompletedThroughTheForm(t *testing.T) {
	e := newInitiativeEnv(t)
	owner := e.user("anna@example.org", "Anna Bērziņa")
	in := e.createInitiative(owner, initiative.KindECI, "Clean Air for All")
	for _, o := range fiveAndAnMEP {
		e.addOrganizer(owner, in, o)
	}
	b := e.signInAs(owner)
	bad := url.Values{"name": {"Marie Dupont"}, "residence": {"FR"}, "nationality": {"FR"}, "birth_date": {"3.2.1990"}}
	p := b.post(initiativeURL(in.ID)+"/organizers?lang=sl", bad)
	expectStatus(t, p, http.StatusUnprocessableEntity)
	expectContains(t, p, `<small id="f-birth_date-help">`+e.T("sl", "validation.date")+`</small>`)
	expectContains(t, p, "Marie Dupont")
	expectContains(t, p, `<option value="FR" selected>`)

	for _, m := range []url.Values{
		{"name": {"Marie Dupont"}, "residence": {"FR"}, "nationality": {"FR"}, "age_confirmed": {"1"}},
		{"name": {"Νίκος Παπαδόπουλος"}, "residence": {"GR"}, "nationality": {"GR"}, "birth_date": {"1985-07-01"}, "role": {"stand_in"}},
	} {
		expectRedirect(t, b.post(initiativeURL(in.ID)+"/organizers", m), initiativeURL(in.ID)+"/organizers")
	}
	p = b.get(initiativeURL(in.ID) + "/organizers")
	expectContains(t, p, e.N("sl", "initiative.group.complete", 7, "states", 7))
	expectContains(t, p, e.T("sl", "initiative.organizer.added"))
	expectContains(t, p, "Grčija") // GR is stored as EL and named
}

func TestGroupEditAndRemove(t *testing.T) {
	e := newInitiativeEnv(t)
	owner := e.user("anna@example.org", "Anna Bērziņa")
	in := e.createInitiative(owner, initiative.KindECI, "Clean Air for All")
	e.addOrganizer(owner, in, fiveAndAnMEP[5])
	os, _, _ := e.inits.Group(t.Context(), initiative.Actor{UserID: owner.ID}, in.ID)
	path := initiativeURL(in.ID) + "/organizers/" + itoa(os[0].ID)
	b := e.signInAs(owner)
	edit := b.get(path + "/edit?lang=en")
	expectStatus(t, edit, http.StatusOK)
	expectContains(t, edit, `<option value="DE" selected>Germany</option>`)
	version := formVersion(t, edit)

	form := url.Values{"name": {"Klaus Weber"}, "residence": {"DE"}, "nationality": {"DE"}, "birth_date": {"1980-05-17"}, "version": {version}}
	expectRedirect(t, b.post(path, form), initiativeURL(in.ID)+"/organizers")
	p := b.post(path, form) // the same version again is stale
	expectStatus(t, p, http.StatusConflict)
	expectContains(t, p, e.T("en", "error.stale"))
	expectContains(t, p, `href="`+path+`/edit"`)

	expectRedirect(t, b.post(path+"/remove", url.Values{}), initiativeURL(in.ID)+"/organizers")
	expectContains(t, b.get(initiativeURL(in.ID)+"/organizers"), e.T("en", "initiative.group.empty"))
}

func TestGroupOfAnotherKind(t *testing.T) {
	e := newInitiativeEnv(t)
	owner := e.user("anna@example.org", "Anna Bērziņa")
	in := e.createInitiative(owner, initiative.KindLocalPartnership, "Green Ljubljana")
	b := e.signInAs(owner)
	p := b.get(initiativeURL(in.ID) + "/organizers?lang=sl")
	expectStatus(t, p, http.StatusOK)
	expectContains(t, p, e.T("sl", "initiative.group_eci_only"))
	if strings.Contains(p.body, `id="group-form"`) {
		t.Error("a local partnership gets the form of an ECI group")
	}
	if strings.Contains(b.get(initiativeURL(in.ID)).body, "/organizers\"") {
		t.Error("the overview of a local partnership links to a group of organisers")
	}
}

// addOrganizer adds a member to the group of organisers of in.
func (e *initiativeEnv) addOrganizer(owner account.User, in initiative.Initiative, o eci.Organizer) {
	e.t.Helper()
	_, err := e.inits.AddOrganizer(e.t.Context(), initiative.Actor{UserID: owner.ID},
		initiative.Organizer{InitiativeID: in.ID, Organizer: o})
	if err != nil {
		e.t.Fatalf("add organizer %q: %v", o.Name, err)
	}
}

// adult is a date of birth that makes anyone old enough to vote anywhere.
var adult = time.Date(1980, 5, 17, 0, 0, 0, 0, time.UTC)

// fiveAndAnMEP are five members who count, in five member states, and an
// MEP, who does not: two member states short of a complete group.
var fiveAndAnMEP = []eci.Organizer{
	{Name: "Anna Bērziņa", Residence: "LV", Nationality: "LV", BirthDate: adult, Role: eci.RoleRepresentative},
	{Name: "Ivan Petrov", Residence: "BG", Nationality: "BG", BirthDate: adult, Role: eci.RoleSubstitute},
	{Name: "Ioana Popescu", Residence: "RO", Nationality: "RO", AgeConfirmed: true, Role: eci.RoleMember},
	{Name: "Maja Novak", Residence: "SI", Nationality: "SI", BirthDate: adult, Role: eci.RoleMember},
	{Name: "Lotte Peeters", Residence: "BE", Nationality: "NL", BirthDate: adult, Role: eci.RoleMember},
	{Name: "Klaus Weber", Residence: "DE", Nationality: "DE", BirthDate: adult, MEP: true, Role: eci.RoleMember},
}
