package api

import (
	"bytes"
	"context"
	"io"
	"net/http/httptest"
	"strings"
	"testing"

	"github.com/getkin/kin-openapi/openapi3"
	"github.com/getkin/kin-openapi/openapi3filter"
	"github.com/getkin/kin-openapi/routers"
)

// docCase is a request whose answer must match the OpenAPI document.
type docCase struct{ method, path, query, body string }

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
