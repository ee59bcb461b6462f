package api

import (
	"bytes"
	"context"
	"io"
	"net/http"
	"net/http/httptest"
	"sort"
	"strings"
	"testing"

	"github.com/getkin/kin-openapi/openapi3"
	"github.com/getkin/kin-openapi/openapi3filter"
	"github.com/getkin/kin-openapi/routers"
)

func loadDoc(t *testing.T) *openapi3.T {
	t.Helper()
	doc, err := openapi3.NewLoader().LoadFromData(openAPIDoc)
	if err != nil {
		t.Fatal(err)
	}
	if err := doc.Validate(context.Background()); err != nil {
		t.Fatalf("the OpenAPI document is not valid: %v", err)
	}
	if !doc.IsOpenAPI31OrLater() {
		t.Errorf("want OpenAPI 3.1, got %s", doc.OpenAPI)
	}
	return doc
}

// TestOpenAPICoversEveryRoute checks that the document and the route table name
// the same operations, both ways.
func TestOpenAPICoversEveryRoute(t *testing.T) {
	doc := loadDoc(t)
	var inDoc, inCode []string
	for path, item := range doc.Paths.Map() {
		for method := range item.Operations() {
			inDoc = append(inDoc, method+" "+path)
		}
	}
	for _, rt := range (&Server{}).routes() {
		inCode = append(inCode, rt.method+" "+rt.path)
		op := doc.Paths.Find(rt.path).GetOperation(rt.method)
		if op != nil && rt.public != (op.Security != nil && len(*op.Security) == 0) {
			t.Errorf("%s %s: public=%v but the document's security says otherwise", rt.method, rt.path, rt.public)
		}
	}
	sort.Strings(inDoc)
	sort.Strings(inCode)
	if strings.Join(inDoc, "\n") != strings.Join(inCode, "\n") {
		t.Errorf("document:\n%s\nroutes:\n%s", strings.Join(inDoc, "\n"), strings.Join(inCode, "\n"))
	}
}

// TestResponsesMatchTheDocument validates real answers against the schemas.
func TestResponsesMatchTheDocument(t *testing.T) {
	doc := loadDoc(t)
	f := newFixtureInternal(t)
	seedOrg(t, f)
	cases := []struct{ method, path, query, body string }{
		{"GET", "/me", "", ""},
		{"GET", "/organizations", "q=zel&country=SI", ""},
		{"GET", "/organizations", "country=ZZ&kind=alien", ""},
		{"GET", "/people", "country=Latvia", ""},
		{"GET", "/organizations/{id}", "", ""},
		{"GET", "/people", "q=an", ""},
		{"GET", "/reference/member-states", "lang=lv", ""},
		{"GET", "/reference/eci-thresholds", "registered=2013-09-01", ""},
		{"GET", "/reference/eci-thresholds", "registered=bad", ""},
		{"GET", "/openapi.json", "", ""},
		{"POST", "/eci/assessments", "lang=bg", `{"registered":"2025-03-01","support":{"DE":70000,"Latvija":9000}}`},
		{"POST", "/eci/assessments", "", `{"registered":"2025-03-01","support":{"DE":-1,"Atlantis":3}}`},
		{"POST", "/initiatives", "", `{"kind":"eci","titles":[{"lang":"lv","value":"Tīra jūra"}],"registered_on":"2025-02-03"}`},
		{"GET", "/initiatives", "", ""},
		{"GET", "/initiatives/{id}", "", ""},
		{"PUT", "/initiatives/{id}", "", `{"kind":"eci","titles":[{"lang":"lv","value":"Tīra jūra"}],"version":1,"public":true}`},
		{"GET", "/initiatives/{id}/team", "", ""},
		{"POST", "/initiatives/{id}/organizers", "lang=lv", `{"name":"Jānis","residence":"LV","nationality":"LV","age_confirmed":true,"role":"representative"}`},
		{"GET", "/initiatives/{id}/organizers", "lang=bg", ""},
		{"POST", "/initiatives/{id}/tallies", "", `{"on":"2025-06-01","counts":{"LV":4100,"Greece":20}}`},
		{"GET", "/initiatives/{id}/coverage", "lang=sl", ""},
		{"GET", "/initiatives/{id}/suggestions", "lang=bg&limit=5", ""},
		{"GET", "/initiatives/{id}/plan", "lang=lv&k=5", ""},
		{"GET", "/initiatives/{id}/plan", "k=0", ""},
		{"POST", "/initiatives", "", `{"kind":"party","titles":[]}`},
		{"POST", "/initiatives/{id}/engagements", "", `{"org_id":1,"country":"SI","roles":["sponsor"],"duties_on":"2026-01-05",
			"pledge":{"signatures":{"SI":2000},"volunteers":3,"money":"250.5","currency":"EUR"},"delivered":{"signatures":{"SI":10}},
			"commitment":{"on":"2026-01-10","confirmed_by":"Director","how":"letter","logo_permission":true},"stage":"committed"}`},
		{"POST", "/initiatives/{id}/engagements", "lang=sl", `{"org_id":1,"country":"SI","stage":"active","commitment":{"logo_permission":true}}`},
		{"GET", "/initiatives/{id}/engagements", "stage=committed&role=sponsor&country=SI", ""},
		{"GET", "/initiatives/{id}/engagements", "country=XX", ""},
		{"GET", "/initiatives/{id}/engagements/{eid}", "", ""},
		{"PUT", "/initiatives/{id}/engagements/{eid}", "", `{"country":"SI","stage":"in_talks","notes":"waiting for the board","version":1}`},
		{"PUT", "/initiatives/{id}/engagements/{eid}", "", `{"country":"SI","version":1}`},
		{"POST", "/initiatives/{id}/engagements/{eid}/stage", "", `{"stage":"contacted","version":2}`},
		{"GET", "/initiatives/{id}/engagements/{eid}/history", "", ""},
		{"POST", "/initiatives/{id}/resources", "", `{"engagement_id":1,"what":"Sponsorship","kind":"money","value":"2500.5","currency":"eur","status":"received","on":"2026-01-05"}`},
		{"POST", "/initiatives/{id}/resources", "lang=lv", `{"source":"Rīgas dome","what":"","kind":"gift","value":"-1","currency":"EU","status":"pledged","on":"2026-01-05"}`},
		{"POST", "/initiatives/{id}/resources", "lang=bg", `{"what":"A hall","kind":"in_kind","value":"800","currency":"EU","status":"pledged","on":"2026-01-05"}`},
		{"GET", "/initiatives/{id}/resources", "", ""},
		{"PUT", "/initiatives/{id}/resources/{rid}", "", `{"engagement_id":1,"what":"Sponsorship","kind":"money","value":"3000","currency":"EUR","status":"received","on":"2026-01-05","version":1}`},
		{"PUT", "/initiatives/{id}/resources/{rid}", "", `{"source":"Someone","what":"Sponsorship","kind":"money","value":"3000","currency":"EUR","status":"received","on":"2026-01-05","version":1}`},
		{"DELETE", "/initiatives/{id}/resources/{rid}", "version=1", ""},
		{"DELETE", "/initiatives/{id}/resources/{rid}", "version=2", ""},
		{"DELETE", "/initiatives/{id}/resources/{rid}", "version=2", ""},
	}
	for _, c := range cases {
		req := httptest.NewRequest(c.method, Prefix+strings.NewReplacer("{id}", "1", "{eid}", "1", "{rid}", "1").Replace(c.path)+"?"+c.query, strings.NewReader(c.body))
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

// internalFixture is the API on a real database, seen from inside the package.
type internalFixture struct {
	mux   *http.ServeMux
	token string
}

// seedOrg creates one organization through the API.
func seedOrg(t *testing.T, f internalFixture) {
	t.Helper()
	body := `{"name":"Zelena Slovenija","country":"SI","kind":"ngo","level":"national","names":[{"lang":"en","value":"Green Slovenia"}]}`
	req := httptest.NewRequest("POST", Prefix+"/organizations", strings.NewReader(body))
	req.Header.Set("Authorization", "Bearer "+f.token)
	rec := httptest.NewRecorder()
	f.mux.ServeHTTP(rec, req)
	if rec.Code != 201 {
		t.Fatalf("create: %d %s", rec.Code, rec.Body)
	}
}

// TestCallResponsesMatchTheDocument validates the partner calls' answers,
// the rate limit's 429 among them, against the schemas.
func TestCallResponsesMatchTheDocument(t *testing.T) {
	interest := `{"org_name":"Zaļā Brīvība","country":"LV","contact_name":"Anna Bērziņa","contact_email":"anna@zb.lv","consent":true}`
	cases := []docCase{
		{"POST", "/initiatives", "", `{"kind":"eci","titles":[{"lang":"lv","value":"Tīra jūra"}],"public":true}`},
		{"POST", "/initiatives/{id}/calls", "", `{"titles":[{"lang":"en","value":"Volunteers"}],"roles":["volunteer"],"countries":["LV"],"deadline":"2099-12-31"}`},
		{"POST", "/initiatives/{id}/calls", "lang=lv", `{"titles":[{"lang":"en","value":"Late"}],"roles":[],"deadline":"2020-01-01"}`},
		{"GET", "/initiatives/{id}/calls", "", ""},
		{"PUT", "/initiatives/{id}/calls/{cid}", "", `{"titles":[{"lang":"en","value":"Volunteers"}],"roles":["volunteer","sponsor"],"deadline":"2099-12-31","version":1}`},
		{"PUT", "/initiatives/{id}/calls/{cid}", "", `{"titles":[{"lang":"en","value":"Volunteers"}],"roles":["volunteer"],"deadline":"2099-12-31","version":1}`},
		{"GET", "/calls", "role=volunteer&country=lv&lang=bg", ""},
		{"GET", "/calls/{cid}", "", ""},
		{"POST", "/calls/{cid}/interest", "lang=sl", `{"org_name":"","country":"LV","contact_name":"","contact_email":"bad","consent":false}`},
		{"POST", "/calls/{cid}/interest", "", `{"org_name":"Spam","country":"LV","contact_name":"Bot","contact_email":"b@spam.example","consent":true,"website_url":"x"}`},
	}
	for range 6 {
		cases = append(cases, docCase{"POST", "/calls/{cid}/interest", "", interest})
	}
	checkAgainstDoc(t, loadDoc(t), newFixtureInternal(t), cases)
}
