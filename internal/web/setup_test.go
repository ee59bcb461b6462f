package web_test

import (
	"net/http"
	"net/url"
	"testing"
)

func TestSetupFlowCreatesAdminAndSignsIn(t *testing.T) {
	e := newEnv(t)
	b := e.browser()
	expectRedirect(t, b.get("/"), "/setup")
	expectRedirect(t, b.get("/login"), "/setup")
	expectStatus(t, b.get("/setup"), http.StatusOK)

	form := url.Values{"name": {"Ana Popescu"}, "email": {"Ana@Example.org"},
		"password": {adminPassword}, "password_confirm": {adminPassword}}
	expectRedirect(t, b.post("/setup?lang=ro", form), "/dashboard")

	p := b.get("/dashboard")
	expectStatus(t, p, http.StatusOK)
	expectContains(t, p, e.T("ro", "dashboard.welcome", "name", "Ana Popescu"))
	expectContains(t, p, e.T("ro", "setup.welcome"))
	u, err := e.accounts.UserByEmail(t.Context(), "ana@example.org")
	if err != nil || !u.Admin || u.Language != "ro" {
		t.Fatalf("admin = %+v, %v; want an admin preferring ro", u, err)
	}
	expectRedirect(t, b.get("/"), "/dashboard")
}

func TestSetupRejectsBadInput(t *testing.T) {
	e := newEnv(t)
	b := e.browser()
	b.get("/setup")
	tests := []struct {
		name string
		form url.Values
		want string
	}{
		{"mismatch", url.Values{"email": {"a@example.org"}, "password": {adminPassword}, "password_confirm": {"other password"}},
			e.T("en", "validation.password_mismatch")},
		{"short password", url.Values{"email": {"a@example.org"}, "password": {"short"}, "password_confirm": {"short"}},
			e.T("en", "validation.password_short", "min", 10)},
		{"bad e-mail", url.Values{"email": {"not-an-address"}, "password": {adminPassword}, "password_confirm": {adminPassword}},
			e.T("en", "validation.email")},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := b.post("/setup", tt.form)
			expectStatus(t, p, http.StatusUnprocessableEntity)
			expectContains(t, p, tt.want)
			expectContains(t, p, `aria-invalid="true"`)
		})
	}
	if needed, _ := e.accounts.SetupNeeded(t.Context()); !needed {
		t.Fatal("a user was created from bad input")
	}
}

func TestSetupRefusedWhenUserExists(t *testing.T) {
	e := newEnv(t)
	e.createUser("first@example.org")
	b := e.browser()
	expectRedirect(t, b.get("/setup"), "/login")
	b.get("/login")
	form := url.Values{"email": {"intruder@example.org"}, "password": {adminPassword}, "password_confirm": {adminPassword}}
	p := b.post("/setup", form, "Accept-Language", "sl")
	expectStatus(t, p, http.StatusForbidden)
	expectContains(t, p, e.T("sl", "setup.done"))
	users, err := e.accounts.Users(t.Context())
	if err != nil || len(users) != 1 {
		t.Fatalf("users = %d, %v; want only the first", len(users), err)
	}
	if b.cookie("coalition_session") != "" {
		t.Fatal("refused setup signed someone in")
	}
}
