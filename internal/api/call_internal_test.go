package api

import (
	"bytes"
	"context"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"

	"github.com/getkin/kin-openapi/openapi3"
	"github.com/getkin/kin-openapi/openapi3filter"
	"github.com/getkin/kin-openapi/routers"

	"coalition/internal/account"
	"coalition/internal/directory"
	"coalition/internal/i18n"
	"coalition/internal/initiative"
	"coalition/internal/store/storetest"
)

// docCase is a request whose answer must match the OpenAPI document.
type docCase struct{ method, path, query, body string }

// newCallFixtureInternal is the API with the partner calls on a real
// database, seen from inside the package.
func newCallFixtureInternal(t *testing.T) internalFixture {
	t.Helper()
	db := storetest.OpenSQLite(t)
	accounts := account.NewService(db)
	u, err := accounts.CreateUser(context.Background(), account.NewUser{Email: "ana@example.org", Password: "a good long password"})
	if err != nil {
		t.Fatal(err)
	}
	token, _, err := accounts.CreateToken(context.Background(), u.ID, "")
	if err != nil {
		t.Fatal(err)
	}
	inits := initiative.NewService(db)
	calls := inits
	calls.SetPartners(directory.NewService(db))
	calls.SetLogger(slog.New(slog.DiscardHandler))
	mux := http.NewServeMux()
	New(Deps{Accounts: accounts, I18n: i18n.MustLoad(), Logger: slog.New(slog.DiscardHandler), Directory: directory.NewService(db),
		Initiatives: inits, Calls: calls}).Register(mux)
	return internalFixture{mux: mux, token: token}
}

// checkAgainstDoc sends each case in turn ({id}, {cid} are 1) and validates
// the answer against the document.
func checkAgainstDoc(t *testing.T, doc *openapi3.T, f internalFixture, cases []docCase) {
	t.Helper()
	for _, c := range cases {
		path := Prefix + strings.NewReplacer("{id}", "1", "{cid}", "1").Replace(c.path) + "?" + c.query
		req := httptest.NewRequest(c.method, path, strings.NewReader(c.body))
		req.Header.Set("Authorization", "Bearer "+f.token)
		rec := httptest.NewRecorder()
		f.mux.ServeHTTP(rec, req)
		item := doc.Paths.Find(c.path)
		route := &routers.Route{Spec: doc, Path: c.path, PathItem: item, Method: c.method, Operation: item.GetOperation(c.method)}
		in := &openapi3filter.ResponseValidationInput{
			RequestValidationInput: &openapi3filter.RequestValidationInput{Request: req, Route: route},
			Status:                 rec.Code, Header: rec.Header(), Body: io.NopCloser(bytes.NewReader(rec.Body.Bytes())),
		}
		if err := openapi3filter.ValidateResponse(context.Background(), in); err != nil {
			t.Errorf("%s %s?%s (%d): %v", c.method, c.path, c.query, rec.Code, err)
		}
	}
}
