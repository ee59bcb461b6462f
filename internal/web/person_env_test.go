package web_test

import (
	"bytes"
	"log/slog"
	"mime/multipart"
	"net/http"
	"net/http/httptest"
	"strconv"
	"strings"
	"testing"
	"time"

	"coalition/internal/account"
	"coalition/internal/directory"
	"coalition/internal/httpx"
	"coalition/internal/i18n"
	"coalition/internal/store/storetest"
	"coalition/internal/web"
)

// personEnv is a page server with the people, import and duplicate pages:
// env plus a directory service on the same SQLite database.
type personEnv struct {
	*env
	dir *directory.Service
}

func newPersonEnv(t *testing.T) *personEnv {
	t.Helper()
	db := storetest.OpenSQLite(t)
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
	return &personEnv{env: &env{t: t, srv: srv, accounts: accounts, bundle: bundle}, dir: dir}
}

// person stores a person through the service.
func (e *personEnv) person(p directory.Person) directory.Person {
	e.t.Helper()
	p, err := e.dir.CreatePerson(e.t.Context(), directory.Actor{}, p)
	if err != nil {
		e.t.Fatalf("create person %q: %v", p.Name(), err)
	}
	return p
}

// org stores an organization through the service.
func (e *personEnv) org(o directory.Organization) directory.Organization {
	e.t.Helper()
	return mustCreateOrg(e.t, e.dir, o)
}

// personPath is the address of a person's page.
func personPath(id int64) string { return "/people/" + strconv.FormatInt(id, 10) }

// postMultipart posts a multipart form: the CSRF token first (as the pages'
// forms send it, unless fields has one), then fields in order, then the file
// (when filename is not "").
func (b *browser) postMultipart(path string, fields [][2]string, filename string, data []byte) page {
	b.e.t.Helper()
	var body bytes.Buffer
	mw := multipart.NewWriter(&body)
	if !hasField(fields, "csrf") {
		_ = mw.WriteField("csrf", b.cookie("coalition_csrf"))
	}
	for _, f := range fields {
		_ = mw.WriteField(f[0], f[1])
	}
	if filename != "" {
		fw, err := mw.CreateFormFile("file", filename)
		if err != nil {
			b.e.t.Fatal(err)
		}
		_, _ = fw.Write(data)
	}
	_ = mw.Close()
	req, err := http.NewRequest(http.MethodPost, b.e.srv.URL+path, &body)
	if err != nil {
		b.e.t.Fatal(err)
	}
	req.Header.Set("Content-Type", mw.FormDataContentType())
	return b.do(req)
}

func hasField(fields [][2]string, name string) bool {
	for _, f := range fields {
		if f[0] == name {
			return true
		}
	}
	return false
}

// waitFor fetches path until its body holds marker (a page that stopped
// polling), failing after a few seconds.
func (b *browser) waitFor(path, marker string) page {
	b.e.t.Helper()
	deadline := time.Now().Add(10 * time.Second)
	for {
		p := b.get(path)
		if p.status != http.StatusOK || strings.Contains(p.body, marker) {
			return p
		}
		if time.Now().After(deadline) {
			b.e.t.Fatalf("%s never showed %q:\n%s", path, marker, p.body)
		}
		time.Sleep(20 * time.Millisecond)
	}
}
