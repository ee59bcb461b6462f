package e2e

import (
	"context"
	"net/http"
	"strings"
	"testing"

	"coalition/internal/store/storetest"
)

// TestInstancesShareOnePostgres runs two application instances on one PostgreSQL
// database and checks that a session and an API token made through one are
// honoured by the other: nothing that must be shared lives in one process.
func TestInstancesShareOnePostgres(t *testing.T) {
	dbURL := storetest.PostgresURL(t, storetest.PostgresFromEnv(t))
	a, b := startServerOn(t, dbURL), startServerOn(t, dbURL)
	mustUser(t, a, "mara@example.org", "Mara")
	u, err := a.App.Accounts.UserByEmail(context.Background(), "mara@example.org")
	if err != nil {
		t.Fatal(err)
	}
	token, _, err := a.App.Accounts.CreateToken(context.Background(), u.ID, "")
	if err != nil {
		t.Fatal(err)
	}
	if status, body := apiMe(t, b.URL, token); status != 200 || !strings.Contains(body, "mara@example.org") {
		t.Errorf("token made on instance A, used on B: %d %s", status, body)
	}
	secret, err := a.App.Accounts.StartSession(context.Background(), u.ID)
	if err != nil {
		t.Fatal(err)
	}
	req, _ := http.NewRequest("GET", b.URL+"/dashboard", nil)
	req.AddCookie(&http.Cookie{Name: "coalition_session", Value: secret})
	resp, err := (&http.Client{CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse }}).Do(req)
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != 200 {
		t.Errorf("session made on instance A, dashboard on B: %d", resp.StatusCode)
	}
}
