package web_test

import (
	"fmt"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"net/url"
	"os"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"coalition/internal/account"
	"coalition/internal/directory"
	"coalition/internal/httpx"
	"coalition/internal/i18n"
	"coalition/internal/store"
	"coalition/internal/store/storetest"
	"coalition/internal/web"
)

// instance is one page server of several on one database, as behind a load
// balancer: its own connections, directory service and jobs.
type instance struct {
	*personEnv
	db   *store.DB
	jobs *directory.Jobs
}

// newInstance starts a page server on the database at url.
func newInstance(t *testing.T, dbURL string) *instance {
	t.Helper()
	db := storetest.OpenURL(t, dbURL)
	accounts := account.NewService(db)
	dir := directory.NewService(db)
	jobs := directory.NewJobs(db, dir)
	t.Cleanup(jobs.Close)
	bundle := i18n.MustLoad()
	s, err := web.New(web.Deps{Accounts: accounts, I18n: bundle, Logger: slog.New(slog.DiscardHandler),
		Version: "test-1.2.3", Directory: dir, Jobs: jobs})
	if err != nil {
		t.Fatalf("web.New: %v", err)
	}
	mux := http.NewServeMux()
	s.Register(mux)
	srv := httptest.NewServer(httpx.Chain(mux, httpx.RequestID))
	t.Cleanup(srv.Close)
	e := &env{t: t, srv: srv, accounts: accounts, bundle: bundle}
	return &instance{personEnv: &personEnv{env: e, dir: dir}, db: db, jobs: jobs}
}

// sharedDatabases returns a fresh database URL per engine available: SQLite
// always, PostgreSQL when COALITION_TEST_POSTGRES is set.
func sharedDatabases(t *testing.T) map[string]string {
	urls := map[string]string{"sqlite": storetest.SQLiteURL(t)}
	if base := os.Getenv(storetest.EnvPostgres); base != "" {
		urls["postgres"] = storetest.PostgresURL(t, base)
	}
	return urls
}

// on returns a browser for another instance with this browser's cookies:
// the instances listen on one host, and cookies do not tell ports apart.
func (b *browser) on(i *instance) *browser { return &browser{e: i.env, client: b.client} }

// heldRows is a table of organizations whose reading waits before row hold
// (counting data rows from 1) until release is closed.
type heldRows struct {
	rows    [][]string
	i, hold int
	release chan struct{}
	once    sync.Once
}

// newHeldRows makes n good rows and a last one with a bad e-mail address.
func newHeldRows(n, hold int) *heldRows {
	rows := [][]string{{"name", "country", "email"}}
	for i := range n {
		rows = append(rows, []string{fmt.Sprintf("Društvo %04d", i), "SI", ""})
	}
	rows = append(rows, []string{"Broken Row Society", "SI", "not-an-address"})
	return &heldRows{rows: rows, hold: hold, release: make(chan struct{})}
}

func (h *heldRows) Header() []string { return h.rows[0] }
func (h *heldRows) Next() bool {
	if h.i+1 == h.hold {
		<-h.release
	}
	h.i++
	return h.i < len(h.rows)
}
func (h *heldRows) Row() []string                 { return h.rows[h.i] }
func (h *heldRows) RowErr() error                 { return nil }
func (h *heldRows) Line() int                     { return h.i + 1 }
func (h *heldRows) Err() error                    { return nil }
func (h *heldRows) Progress() (done, total int64) { return int64(h.i), int64(len(h.rows) - 1) }

// free lets the reading go on; tests also call it when they end, so that a
// failed test does not leave a job waiting.
func (h *heldRows) free() { h.once.Do(func() { close(h.release) }) }

// TestImportJobSeenFromAnotherInstance runs two page servers on one
// database: an import uploaded to one shows its report on the other, and a
// job running on one shows its progress on the other, then its report.
func TestImportJobSeenFromAnotherInstance(t *testing.T) {
	for engine, dbURL := range sharedDatabases(t) {
		t.Run(engine, func(t *testing.T) {
			a, b := newInstance(t, dbURL), newInstance(t, dbURL)
			onA, anna := a.signIn("anna@example.org")
			onB := onA.on(b)

			job := startImport(t, onA, "organizations", "orgs.csv", orgsCSV)
			p := onB.waitFor(job+"?lang=lv", a.T("lv", "import.report.title"))
			expectStatus(t, p, http.StatusOK)
			expectContains(t, p, `<td class="num">3</td>`)
			expectContains(t, p, a.T("lv", "validation.email"))

			rows := newHeldRows(1500, 1200)
			t.Cleanup(rows.free)
			spec := directory.ImportSpec{Entity: directory.EntityOrganization, File: "društva.csv"}
			held, err := a.jobs.StartImport(t.Context(), directory.Actor{UserID: anna.ID}, spec, rows, func() {})
			if err != nil {
				t.Fatal(err)
			}
			progress := onB.waitFor("/import/"+held.ID+"?lang=en", `value="1000" max="1501"`)
			expectContains(t, progress, `hx-trigger="every 1s"`)
			expectContains(t, progress, a.T("en", "import.status.running")+" 66 %")
			rows.free()
			report := onB.waitFor("/import/"+held.ID+"?lang=en", a.T("en", "import.report.title"))
			expectContains(t, report, `<p class="import-count">1,500</p><p>`+a.T("en", "import.report.created"))
			expectContains(t, report, `<td class="num">1502</td>`)
		})
	}
}

// TestLostImportJobShowsWhy shows a job whose instance stopped saving its
// progress as failed, with the translated reason, on any instance.
func TestLostImportJobShowsWhy(t *testing.T) {
	e := newInstance(t, storetest.SQLiteURL(t))
	b, anna := e.signIn("anna@example.org")
	at := time.Now().Add(-directory.JobStaleAfter - time.Second)
	job := directory.ImportJob{ID: "lost-job", Owner: anna.ID, Entity: directory.EntityPerson, File: "ljudje.csv",
		State: directory.JobRunning, Done: 10, Total: 100, Started: at, Updated: at}
	if err := e.db.CreateImportJob(t.Context(), job); err != nil {
		t.Fatal(err)
	}
	p := b.get("/import/lost-job?lang=sl")
	expectStatus(t, p, http.StatusOK)
	expectContains(t, p, e.T("sl", "import.status.failed")+" "+e.T("sl", "job.lost"))
	if strings.Contains(p.body, `hx-trigger="every 1s"`) {
		t.Error("a lost job still polls")
	}
}

// TestDuplicateScanSeenFromAnotherInstance starts a scan on one instance and
// lists its pairs on the other.
func TestDuplicateScanSeenFromAnotherInstance(t *testing.T) {
	dbURL := storetest.SQLiteURL(t)
	a, b := newInstance(t, dbURL), newInstance(t, dbURL)
	first, second := plantPair(a.personEnv)
	onA, _ := a.signIn("anna@example.org")
	expectRedirect(t, onA.post("/duplicates/scan", url.Values{}), "/duplicates")
	a.jobs.Wait()
	p := onA.on(b).get("/duplicates")
	expectContains(t, p, `href="/organizations/`+strconv.FormatInt(first.ID, 10)+`">Zaļā josta</a>`)
	expectContains(t, p, `drop=`+strconv.FormatInt(second.ID, 10))
}
