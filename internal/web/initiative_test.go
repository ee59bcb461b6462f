package web_test

import (
	"net/http"
	"net/url"
	"strings"
	"testing"
	"time"

	"coalition/internal/account"
	"coalition/internal/initiative"
)

// user stores a user with a name of their own.
func (e *initiativeEnv) user(email, name string) account.User {
	e.t.Helper()
	u, err := e.accounts.CreateUser(e.t.Context(), account.NewUser{Email: email, Name: name, Password: adminPassword})
	if err != nil {
		e.t.Fatalf("create user: %v", err)
	}
	return u
}

// signInAs signs a new browser in as a stored user.
func (e *initiativeEnv) signInAs(u account.User) *browser {
	e.t.Helper()
	b := e.browser()
	b.get("/login")
	p := b.post("/login", url.Values{"email": {u.Email}, "password": {adminPassword}})
	expectStatus(e.t, p, http.StatusSeeOther)
	return b
}

func TestInitiativePagesNeedSignIn(t *testing.T) {
	e := newInitiativeEnv(t)
	b := e.browser()
	for _, path := range []string{"/initiatives", "/initiatives/new", "/initiatives/1", "/initiatives/1/organizers"} {
		p := b.get(path)
		if p.status != http.StatusSeeOther || !strings.HasPrefix(p.header.Get("Location"), "/login?next=") {
			t.Errorf("GET %s: %d to %q, want 303 to the sign-in page", path, p.status, p.header.Get("Location"))
		}
	}
}

func TestInitiativeCreateRejectsRegistrationDates(t *testing.T) {
	e := newInitiativeEnv(t)
	b, _ := e.signIn("anna@example.org")
	tomorrow := time.Now().UTC().AddDate(0, 0, 1).Format(time.DateOnly)
	for _, c := range []struct {
		name, date, lang, key string
		args                  []any
	}{
		{"before the first ECI", "2011-05-01", "lv", "validation.date_before_eci", []any{"date", "2012-04-01"}},
		{"in the future", tomorrow, "bg", "validation.date_future", nil},
	} {
		t.Run(c.name, func(t *testing.T) {
			form := url.Values{"kind": {"eci"}, "status": {"preparing"}, "titles.0.value": {"Zaļā pilsēta"},
				"titles.0.lang": {"lv"}, "registered_on": {c.date}, "goals": {"Tīrs gaiss visiem"}}
			p := b.post("/initiatives?lang="+c.lang, form)
			expectStatus(t, p, http.StatusUnprocessableEntity)
			expectContains(t, p, `<small id="f-registered_on-help">`+htmlEscape(e.T(c.lang, c.key, c.args...))+`</small>`)
			expectContains(t, p, `value="`+c.date+`"`)
			expectContains(t, p, "Zaļā pilsēta") // what was typed stays
			expectContains(t, p, "Tīrs gaiss visiem")
		})
	}
	if ins, _ := e.inits.List(t.Context(), initiative.Actor{Admin: true}); len(ins) != 0 {
		t.Fatalf("%d initiatives stored from invalid forms", len(ins))
	}
}

func TestInitiativeCreateThenShow(t *testing.T) {
	e := newInitiativeEnv(t)
	b, _ := e.signIn("anna@example.org")
	expectContains(t, b.get("/initiatives/new?lang=en"), `<option value="eci" selected>`)
	form := url.Values{"kind": {"eci"}, "status": {"active"}, "titles.0.value": {"Clean Air for All"},
		"titles.0.lang": {"en"}, "titles.1.value": {"Tīrs gaiss visiem"}, "titles.1.lang": {"lv"},
		"descriptions.0.value": {"Stricter limits for fine dust."}, "descriptions.0.lang": {"en"},
		"registered_on": {"2024-03-01"}, "collection_start": {"2024-05-01"}, "collection_end": {"2025-04-30"},
		"alliance_goal": {"100"}, "public": {"1"}}
	p := b.post("/initiatives", form)
	expectStatus(t, p, http.StatusSeeOther)
	show := b.get(p.header.Get("Location") + "?lang=lv")
	expectStatus(t, show, http.StatusOK)
	for _, s := range []string{"Tīrs gaiss visiem", "Clean Air for All", "Stricter limits for fine dust.",
		e.T("lv", "initiative.kind.eci"), e.T("lv", "initiative.status.active"), e.T("lv", "initiative.created"),
		`href="/reference?registered=2024-03-01"`, "Regulation (EU) 2019/788",
		e.T("lv", "initiative.period.from_to", "from", "2020-02-01", "to", "2024-07-15"),
		e.T("lv", "initiative.show.public_on", "path", "/p/clean-air-for-all"), "Anna Bērziņa"} {
		expectContains(t, show, s)
	}
	list := b.get("/initiatives?lang=lv")
	expectContains(t, list, "Tīrs gaiss visiem")
	expectContains(t, list, e.T("lv", "initiative.role.organizer"))
	expectContains(t, b.get("/dashboard?lang=lv"), "Tīrs gaiss visiem")
}

func TestInitiativeStrangerGetsNotFound(t *testing.T) {
	e := newInitiativeEnv(t)
	owner := e.user("anna@example.org", "Anna Bērziņa")
	in := e.createInitiative(owner, initiative.KindECI, "Clean Air for All")
	b := e.signInAs(e.user("eve@example.org", "Eve"))
	for _, path := range []string{"", "/edit", "/organizers", "/organizers/1/edit"} {
		expectStatus(t, b.get(initiativeURL(in.ID)+path), http.StatusNotFound)
	}
	for _, path := range []string{"", "/team", "/team/1/remove", "/organizers", "/organizers/check"} {
		p := b.post(initiativeURL(in.ID)+path, url.Values{"kind": {"eci"}, "titles.0.value": {"Mine now"}, "email": {"eve@example.org"}})
		expectStatus(t, p, http.StatusNotFound)
	}
	if strings.Contains(b.get("/initiatives").body, "Clean Air for All") {
		t.Error("the list shows an initiative of another team")
	}
}

func TestInitiativeCoordinatorCannotManage(t *testing.T) {
	e := newInitiativeEnv(t)
	owner := e.user("anna@example.org", "Anna Bērziņa")
	coordinator := e.user("ivan@example.org", "Ivan Petrov")
	in := e.createInitiative(owner, initiative.KindECI, "Clean Air for All")
	e.setMember(owner, in, coordinator, initiative.RoleCoordinator, "BG", "RO")
	b := e.signInAs(coordinator)

	p := b.get(initiativeURL(in.ID) + "?lang=bg")
	expectStatus(t, p, http.StatusOK)
	expectContains(t, p, e.T("bg", "initiative.role.country_coordinator"))
	expectContains(t, p, "България, Румъния")
	for _, form := range []string{`action="` + initiativeURL(in.ID) + `/team"`, `/remove"`, `href="` + initiativeURL(in.ID) + `/edit"`} {
		if strings.Contains(p.body, form) {
			t.Errorf("a country coordinator sees %s", form)
		}
	}
	group := b.get(initiativeURL(in.ID) + "/organizers")
	expectStatus(t, group, http.StatusOK)
	if strings.Contains(group.body, `id="group-form"`) {
		t.Error("a country coordinator sees the form that adds organisers")
	}
	expectStatus(t, b.get(initiativeURL(in.ID)+"/edit"), http.StatusForbidden)
	for path, form := range map[string]url.Values{
		"/team":                               {"email": {"ivan@example.org"}, "role": {"organizer"}},
		"/team/" + itoa(coordinator.ID):       {"role": {"organizer"}},
		"/team/" + itoa(owner.ID) + "/remove": {},
		"":                                    {"kind": {"eci"}, "titles.0.value": {"Mine"}, "version": {"1"}},
		"/organizers":                         {"name": {"Ivan Petrov"}, "residence": {"BG"}, "nationality": {"BG"}},
	} {
		expectStatus(t, b.post(initiativeURL(in.ID)+path, form), http.StatusForbidden)
	}
	team, _ := e.inits.Team(t.Context(), initiative.Actor{UserID: owner.ID}, in.ID)
	if len(team) != 2 || team[1].Role != initiative.RoleCoordinator {
		t.Fatalf("the team changed: %+v", team)
	}
}

func TestInitiativeTeamAddByEmail(t *testing.T) {
	e := newInitiativeEnv(t)
	owner := e.user("anna@example.org", "Anna Bērziņa")
	e.user("maja@example.org", "Maja Novak")
	in := e.createInitiative(owner, initiative.KindCampaign, "Clean Air for All")
	b := e.signInAs(owner)

	p := b.post(initiativeURL(in.ID)+"/team?lang=sl", url.Values{"email": {"nobody@example.org"}, "role": {"viewer"}})
	expectStatus(t, p, http.StatusUnprocessableEntity)
	expectContains(t, p, e.T("sl", "initiative.team.unknown_user", "email", "nobody@example.org"))

	p = b.post(initiativeURL(in.ID)+"/team", url.Values{"email": {"maja@example.org"}, "role": {"country_coordinator"}})
	expectStatus(t, p, http.StatusUnprocessableEntity)
	expectContains(t, p, e.T("sl", "initiative.coordinator_countries"))

	p = b.post(initiativeURL(in.ID)+"/team", url.Values{"email": {"Maja@Example.org"}, "role": {"country_coordinator"}, "countries": {"SI", "HR"}})
	expectRedirect(t, p, initiativeURL(in.ID)+"#team")
	show := b.get(initiativeURL(in.ID))
	expectContains(t, show, "Maja Novak")
	expectContains(t, show, "Hrvaška, Slovenija")
	expectContains(t, show, e.T("sl", "initiative.team.added"))
}

func TestInitiativeLastOrganizerStays(t *testing.T) {
	e := newInitiativeEnv(t)
	owner := e.user("anna@example.org", "Anna Bērziņa")
	in := e.createInitiative(owner, initiative.KindECI, "Clean Air for All")
	b := e.signInAs(owner)
	for _, c := range []struct {
		path string
		form url.Values
	}{
		{"/team/" + itoa(owner.ID) + "/remove?lang=ro", url.Values{}},
		{"/team/" + itoa(owner.ID) + "?lang=ro", url.Values{"role": {"viewer"}}},
	} {
		p := b.post(initiativeURL(in.ID)+c.path, c.form)
		expectStatus(t, p, http.StatusConflict)
		expectContains(t, p, `<p class="error">`+htmlEscape(e.T("ro", "initiative.last_organizer"))+`</p>`)
	}
	team, _ := e.inits.Team(t.Context(), initiative.Actor{UserID: owner.ID}, in.ID)
	if len(team) != 1 || team[0].Role != initiative.RoleOrganizer {
		t.Fatalf("team = %+v", team)
	}
}

func TestInitiativeStaleEditKeepsTheOtherChange(t *testing.T) {
	e := newInitiativeEnv(t)
	owner := e.user("anna@example.org", "Anna Bērziņa")
	in := e.createInitiative(owner, initiative.KindCampaign, "Clean Air for All")
	b := e.signInAs(owner)
	edit := b.get(initiativeURL(in.ID) + "/edit")
	expectStatus(t, edit, http.StatusOK)
	version := formVersion(t, edit)

	other := in
	other.Goals = "Ten partner cities"
	if _, err := e.inits.Update(t.Context(), initiative.Actor{UserID: owner.ID}, other); err != nil {
		t.Fatal(err)
	}
	form := url.Values{"kind": {"campaign"}, "status": {"active"}, "titles.0.value": {"Clean Air for All"},
		"titles.0.lang": {"en"}, "goals": {"Twenty partner cities"}, "version": {version}}
	p := b.post(initiativeURL(in.ID)+"?lang=lv", form)
	expectStatus(t, p, http.StatusConflict)
	expectContains(t, p, e.T("lv", "error.stale"))
	expectContains(t, p, `href="`+initiativeURL(in.ID)+`/edit"`)
	expectContains(t, p, "Twenty partner cities")
	if got, _, _ := e.inits.Get(t.Context(), initiative.Actor{UserID: owner.ID}, in.ID); got.Goals != "Ten partner cities" {
		t.Fatalf("goals = %q: the stale edit overwrote the other change", got.Goals)
	}

	form.Set("version", formVersion(t, b.get(initiativeURL(in.ID)+"/edit")))
	expectRedirect(t, b.post(initiativeURL(in.ID), form), initiativeURL(in.ID))
	expectContains(t, b.get(initiativeURL(in.ID)), "Twenty partner cities")
}
