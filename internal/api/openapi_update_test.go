package api

import (
	"bytes"
	"context"
	"net/http/httptest"
	"strings"
	"testing"

	"github.com/getkin/kin-openapi/openapi3filter"
	"github.com/getkin/kin-openapi/routers"
)

// TestDocumentTakesWhatGetReturned checks, for organizations and people, that
// the document accepts a record as GET returned it as the body of PUT, and
// that the server does too.
func TestDocumentTakesWhatGetReturned(t *testing.T) {
	doc := loadDoc(t)
	f := newFixtureInternal(t)
	seedOrg(t, f)
	if rec := send(t, f, "POST", Prefix+"/people", `{"given_name":"Ana","family_name":"Novak","kind":"journalist"}`); rec.Code != 201 {
		t.Fatalf("create a person: %d %s", rec.Code, rec.Body)
	}
	for _, path := range []string{"/organizations/{id}", "/people/{id}"} {
		url := Prefix + strings.Replace(path, "{id}", "1", 1)
		got := send(t, f, "GET", url, "")
		req := httptest.NewRequest("PUT", url, bytes.NewReader(got.Body.Bytes()))
		req.Header.Set("Content-Type", "application/json")
		item := doc.Paths.Find(path)
		in := &openapi3filter.RequestValidationInput{Request: req, PathParams: map[string]string{"id": "1"},
			Route:   &routers.Route{Spec: doc, Path: path, PathItem: item, Method: "PUT", Operation: item.GetOperation("PUT")},
			Options: &openapi3filter.Options{AuthenticationFunc: openapi3filter.NoopAuthenticationFunc}}
		if err := openapi3filter.ValidateRequest(context.Background(), in); err != nil {
			t.Errorf("PUT %s with the GET answer does not match the document: %v", path, err)
		}
		if put := send(t, f, "PUT", url, got.Body.String()); put.Code != 200 {
			t.Errorf("PUT %s with the GET answer: %d %s", path, put.Code, put.Body)
		}
	}
	checkAgainstDoc(t, doc, f, []docCase{
		{"POST", "/organizations", "lang=ro", `{"name":"Zelena Slovenija","country":"SI"}`},
		{"PUT", "/organizations/{id}", "", `{"id":2,"name":"Zelena Slovenija","country":"SI","version":3}`},
		{"GET", "/organizations/{id}", "", ""},
		{"GET", "/people/{id}", "", ""},
	})
}

// send performs one request with the fixture's token.
func send(t *testing.T, f internalFixture, method, url, body string) *httptest.ResponseRecorder {
	t.Helper()
	req := httptest.NewRequest(method, url, strings.NewReader(body))
	req.Header.Set("Authorization", "Bearer "+f.token)
	rec := httptest.NewRecorder()
	f.mux.ServeHTTP(rec, req)
	return rec
}
