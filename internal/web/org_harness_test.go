package web_test

import (
	"bytes"
	"context"
	"log/slog"
	"mime/multipart"
	"net/http"
	"net/http/httptest"
	"regexp"
	"strconv"
	"sync"
	"testing"

	"coalition/internal/account"
	"coalition/internal/directory"
	"coalition/internal/httpx"
	"coalition/internal/i18n"
	"coalition/internal/search"
	"coalition/internal/store"
	"coalition/internal/store/storetest"
	"coalition/internal/web"
)

// orgEnv is a page server with the directory pages: env plus a directory
// service on the same database and a searcher that follows its changes.
type orgEnv struct {
	*env
	db  *store.DB
	dir *directory.Service
}

func newOrgEnv(t *testing.T) *orgEnv {
	t.Helper()
	db := storetest.OpenSQLite(t)
	accounts := account.NewService(db)
	dir := directory.NewService(db)
	jobs := directory.NewJobs(db, dir)
	t.Cleanup(jobs.Close)
	bundle := i18n.MustLoad()
	s, err := web.New(web.Deps{Accounts: accounts, I18n: bundle, Logger: slog.New(slog.DiscardHandler),
		Version: "test-1.2.3", Directory: dir, Search: newFollowSearcher(dir), Jobs: jobs})
	if err != nil {
		t.Fatalf("web.New: %v", err)
	}
	mux := http.NewServeMux()
	s.Register(mux)
	srv := httptest.NewServer(httpx.Chain(mux, httpx.RequestID))
	t.Cleanup(srv.Close)
	return &orgEnv{env: &env{t: t, srv: srv, accounts: accounts, bundle: bundle}, db: db, dir: dir}
}

// followSearcher is a web.Searcher over a search.Index that catches up with
// the directory's changes before every search.
type followSearcher struct {
	mu  sync.Mutex
	dir *directory.Service
	ix  *search.Index
	seq int64
}

func newFollowSearcher(dir *directory.Service) *followSearcher {
	return &followSearcher{dir: dir, ix: search.NewIndex()}
}

// Search implements web.Searcher.
func (f *followSearcher) Search(ctx context.Context, q search.Query) (search.Result, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	if err := f.catchUp(ctx); err != nil {
		return search.Result{}, err
	}
	return f.ix.Search(q)
}

func (f *followSearcher) catchUp(ctx context.Context) error {
	const batch = 1000
	for {
		cs, err := f.dir.Changes(ctx, f.seq, batch)
		if err != nil {
			return err
		}
		var ids []int64
		for _, c := range cs {
			f.seq = c.Seq
			if c.Entity == directory.EntityOrganization {
				ids = append(ids, c.EntityID)
			}
		}
		orgs, err := f.dir.OrgsByID(ctx, ids)
		if err != nil {
			return err
		}
		for _, o := range orgs {
			if o.MergedInto != 0 {
				f.ix.Delete(o.ID)
			} else {
				f.ix.Put(o)
			}
		}
		if len(cs) < batch {
			return nil
		}
	}
}

// createOrg stores an organization through the service.
func (e *orgEnv) createOrg(o directory.Organization) directory.Organization {
	e.t.Helper()
	return mustCreateOrg(e.t, e.dir, o)
}

// mustCreateOrg stores an organization through dir and fails the test on error.
func mustCreateOrg(t *testing.T, dir *directory.Service, o directory.Organization) directory.Organization {
	t.Helper()
	created, err := dir.CreateOrg(t.Context(), directory.Actor{}, o)
	if err != nil {
		t.Fatalf("create organization %q: %v", o.Name, err)
	}
	return created
}

// upload posts a multipart form with one file; the browser's CSRF token goes
// first, as the pages' forms send it.
func (b *browser) upload(path, field, filename string, data []byte) page {
	b.e.t.Helper()
	var body bytes.Buffer
	mw := multipart.NewWriter(&body)
	_ = mw.WriteField("csrf", b.cookie("coalition_csrf"))
	fw, err := mw.CreateFormFile(field, filename)
	if err != nil {
		b.e.t.Fatal(err)
	}
	_, _ = fw.Write(data)
	_ = mw.Close()
	req, err := http.NewRequest(http.MethodPost, b.e.srv.URL+path, &body)
	if err != nil {
		b.e.t.Fatal(err)
	}
	req.Header.Set("Content-Type", mw.FormDataContentType())
	return b.do(req)
}

var versionRE = regexp.MustCompile(`name="version" value="(\d+)"`)

// formVersion returns the version a page's form carries.
func formVersion(t *testing.T, p page) string {
	t.Helper()
	m := versionRE.FindStringSubmatch(p.body)
	if m == nil {
		t.Fatalf("no version field in:\n%s", p.body)
	}
	return m[1]
}

// orgPath is the address of an organization's page.
func orgPath(id int64) string { return "/organizations/" + strconv.FormatInt(id, 10) }
