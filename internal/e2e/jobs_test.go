package e2e

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/chromedp"

	"coalition/internal/directory"
	"coalition/internal/store/storetest"
)

// sharedDatabase is one database for several instances: PostgreSQL when
// COALITION_TEST_POSTGRES is set, otherwise a SQLite file.
func sharedDatabase(t *testing.T) string {
	if base := os.Getenv(storetest.EnvPostgres); base != "" {
		return storetest.PostgresURL(t, base)
	}
	return filepath.Join(t.TempDir(), "shared.db")
}

// slowTable is a table of organizations whose reading waits before row hold
// until it is freed.
type slowTable struct {
	rows    [][]string
	i, hold int
	release chan struct{}
	once    sync.Once
}

func newSlowTable(n, hold int) *slowTable {
	rows := [][]string{{"name", "country", "email"}}
	for i := range n {
		rows = append(rows, []string{fmt.Sprintf("Udruga %04d", i), "HR", ""})
	}
	rows = append(rows, []string{"Broken Row Society", "HR", "not-an-address"})
	return &slowTable{rows: rows, hold: hold, release: make(chan struct{})}
}

func (s *slowTable) Header() []string { return s.rows[0] }
func (s *slowTable) Next() bool {
	if s.i+1 == s.hold {
		<-s.release
	}
	s.i++
	return s.i < len(s.rows)
}
func (s *slowTable) Row() []string                 { return s.rows[s.i] }
func (s *slowTable) RowErr() error                 { return nil }
func (s *slowTable) Line() int                     { return s.i + 1 }
func (s *slowTable) Err() error                    { return nil }
func (s *slowTable) Progress() (done, total int64) { return int64(s.i), int64(len(s.rows) - 1) }
func (s *slowTable) free()                         { s.once.Do(func() { close(s.release) }) }

// TestImportStatusOnAnotherInstance runs two instances on one database. A
// file uploaded in the browser to one shows its report on the other; a job
// running on one shows its progress bar on the other, in Latvian and
// Bulgarian, then its report; a lost job says why in Slovenian.
func TestImportStatusOnAnotherInstance(t *testing.T) {
	dbURL := sharedDatabase(t)
	a, b := startServerOn(t, dbURL), startServerOn(t, dbURL)
	mustUser(t, a, "oto@example.org", "Oto")
	file := filepath.Join(t.TempDir(), "partners.csv")
	csv := "Nosaukums;Valsts\nZelena Slovenija;SI\nNowhere Society;ZZ\n"
	if err := os.WriteFile(file, []byte(csv), 0o644); err != nil {
		t.Fatal(err)
	}
	ctx := browser(t)
	signIn(t, ctx, a.URL, "oto@example.org", testPassword)
	do(t, ctx, chromedp.Navigate(a.URL+"/import?lang=en"),
		chromedp.SetUploadFiles(chromedp.CSS("#f-file"), []string{file}),
		chromedp.Submit(chromedp.CSS(`form[action="/import"]`)), waitPrefix("/import/"))
	uploaded := location(t, ctx)
	// The session cookie goes to B as well: cookies do not tell ports apart.
	do(t, ctx, chromedp.Navigate(b.URL+uploaded+"?lang=lv"), chromedp.WaitVisible(chromedp.CSS("#report")))
	if problems := text(t, ctx, ".import-problems"); !strings.Contains(problems, "Valsts") {
		t.Errorf("instance B shows the rejected row of the upload to A: %q", problems)
	}

	rows := newSlowTable(1500, 1200)
	t.Cleanup(rows.free)
	oto, err := a.App.Accounts.UserByEmail(context.Background(), "oto@example.org")
	if err != nil {
		t.Fatal(err)
	}
	job, err := a.App.Jobs.StartImport(context.Background(), directory.Actor{UserID: oto.ID},
		directory.ImportSpec{Entity: directory.EntityOrganization, File: "udruge.csv"}, rows, func() {})
	if err != nil {
		t.Fatal(err)
	}
	for _, lang := range []string{"lv", "bg"} {
		do(t, ctx, chromedp.Navigate(b.URL+"/import/"+job.ID+"?lang="+lang),
			waitText("#progress-label", "66 %"))
		screenshot(t, ctx, "import-running-"+lang)
	}
	rows.free()
	do(t, ctx, waitText("#import-status", a.App.I18n.T("bg", "import.report.title")))
	screenshot(t, ctx, "import-report-bg")

	lostJobPage(t, ctx, a, b, oto.ID)
}

// lostJobPage stores a job as an instance that died would leave it and
// shows it on another.
func lostJobPage(t *testing.T, ctx context.Context, a, b server, owner int64) {
	t.Helper()
	at := time.Now().Add(-directory.JobStaleAfter - time.Minute)
	lost := directory.ImportJob{ID: "lost-on-a", Owner: owner, Entity: directory.EntityPerson, File: "ljudje.xlsx",
		State: directory.JobRunning, Done: 300, Total: 1000, Started: at, Updated: at}
	if err := a.App.DB.CreateImportJob(context.Background(), lost); err != nil {
		t.Fatal(err)
	}
	do(t, ctx, chromedp.Navigate(b.URL+"/import/lost-on-a?lang=sl"), chromedp.WaitVisible(chromedp.CSS(".error")))
	if msg := text(t, ctx, ".error"); !strings.Contains(msg, a.App.I18n.T("sl", "job.lost")) {
		t.Errorf("a lost job says why: %q", msg)
	}
	screenshot(t, ctx, "import-lost-sl")
}
