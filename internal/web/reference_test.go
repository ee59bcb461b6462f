package web_test

import (
	"net/http"
	"regexp"
	"strings"
	"testing"
	"time"
)

// stateRowRE matches a row of the thresholds table: name, code, seats,
// threshold.
var stateRowRE = regexp.MustCompile(`<tr>\s*<th scope="row">([^<]+)(?:<small>[^<]*</small>)?</th>\s*<td><code>([A-Z]{2})</code></td>\s*<td class="num">([^<]+)</td>\s*<td class="num">([^<]+)</td>`)

// thresholdRows returns the table's rows as code → [name, seats, threshold].
func thresholdRows(t *testing.T, p page) map[string][3]string {
	t.Helper()
	rows := map[string][3]string{}
	for _, m := range stateRowRE.FindAllStringSubmatch(p.body, -1) {
		rows[m[2]] = [3]string{strings.TrimSpace(m[1]), m[3], m[4]}
	}
	return rows
}

func TestReferenceToday(t *testing.T) {
	e := newEnv(t)
	tests := []struct {
		lang, germany, threshold, total string
	}{
		{"en", "Germany", "69,120", "1,000,000"},
		{"bg", "Германия", "69\u00a0120", "1\u00a0000\u00a0000"},
		{"ro", "Germania", "69.120", "1.000.000"},
		{"lv", "Vācija", "69\u00a0120", "1\u00a0000\u00a0000"},
		{"sl", "Nemčija", "69.120", "1.000.000"},
	}
	for _, tt := range tests {
		t.Run(tt.lang, func(t *testing.T) {
			p := e.browser().get("/reference?lang=" + tt.lang)
			expectStatus(t, p, http.StatusOK)
			if got := htmlLang(p); got != tt.lang {
				t.Errorf("<html lang> = %q, want %q", got, tt.lang)
			}
			rows := thresholdRows(t, p)
			if len(rows) != 27 {
				t.Fatalf("%d states, want 27", len(rows))
			}
			if got, want := rows["DE"], [3]string{tt.germany, "96", tt.threshold}; got != want {
				t.Errorf("DE = %q, want %q", got, want)
			}
			if _, ok := rows["UK"]; ok {
				t.Error("the United Kingdom is listed today")
			}
			expectContains(t, p, e.T(tt.lang, "reference.title"))
			expectContains(t, p, e.bundle.N(tt.lang, "reference.rule", 27, "needed", 7, "signatures", tt.total))
			expectContains(t, p, `value="`+time.Now().UTC().Format(time.DateOnly)+`"`)
			expectContains(t, p, "Commission Delegated Regulation (EU) 2024/1082")
		})
	}
}

func TestReferenceBeforeBrexit(t *testing.T) {
	e := newEnv(t)
	p := e.browser().get("/reference?lang=en&registered=2015-06-01")
	expectStatus(t, p, http.StatusOK)
	rows := thresholdRows(t, p)
	if len(rows) != 28 {
		t.Fatalf("%d states, want 28", len(rows))
	}
	if got, want := rows["DE"], [3]string{"Germany", "96", "72,000"}; got != want {
		t.Errorf("DE = %q, want %q", got, want)
	}
	if got, want := rows["UK"], [3]string{"United Kingdom", "73", "54,750"}; got != want {
		t.Errorf("UK = %q, want %q", got, want)
	}
	expectContains(t, p, e.T("en", "reference.former"))
	expectContains(t, p, e.T("en", "reference.period.range", "from", "2014-07-01", "to", "2019-12-31"))
	expectContains(t, p, e.T("en", "reference.period.formula", "multiplier", "750"))
	expectContains(t, p, e.bundle.N("en", "reference.rule", 28, "needed", 7, "signatures", "1,000,000"))
	expectContains(t, p, `<td class="num">751</td>`) // total seats
	expectContains(t, p, "Commission Delegated Regulation (EU) No 531/2014")
}

func TestReferenceLatvian(t *testing.T) {
	e := newEnv(t)
	p := e.browser().get("/reference?lang=lv")
	expectStatus(t, p, http.StatusOK)
	for _, key := range []string{"reference.title", "reference.registered", "reference.col.threshold", "reference.vocab.title", "nav.reference"} {
		expectContains(t, p, e.T("lv", key))
	}
	expectContains(t, p, "Dalībvalsts")
	expectContains(t, p, "Latvija")
	expectContains(t, p, "<code>ngo</code>") // a term code of the org_kind vocabulary
}

func TestReferenceInvalidDate(t *testing.T) {
	e := newEnv(t)
	tomorrow := time.Now().UTC().AddDate(0, 0, 1).Format(time.DateOnly)
	tests := []struct {
		registered, lang, key string
		args                  []any
	}{
		{"2011-01-01", "en", "validation.date_before_eci", []any{"date", "2012-04-01"}},
		{"2011-01-01", "lv", "validation.date_before_eci", []any{"date", "2012-04-01"}},
		{"garbage", "en", "validation.date", nil},
		{"garbage", "sl", "validation.date", nil},
		{"2024-02-30", "ro", "validation.date", nil},
		{tomorrow, "bg", "validation.date_future", nil},
	}
	for _, tt := range tests {
		t.Run(tt.registered+"/"+tt.lang, func(t *testing.T) {
			p := e.browser().get("/reference?lang=" + tt.lang + "&registered=" + tt.registered)
			expectStatus(t, p, http.StatusUnprocessableEntity)
			msg := e.T(tt.lang, tt.key, tt.args...)
			if msg == tt.key {
				t.Fatalf("no translation for %s", tt.key)
			}
			expectContains(t, p, `<small id="f-registered-help">`+htmlEscape(msg)+`</small>`)
			expectContains(t, p, `aria-invalid="true"`)
			if rows := thresholdRows(t, p); len(rows) != 27 || rows["DE"][0] == "" {
				t.Fatalf("want today's table of 27 states, got %d rows", len(rows))
			}
		})
	}
}

func TestReferenceSignedInAndLinked(t *testing.T) {
	e := newEnv(t)
	b, _ := e.signIn("anna@example.org")
	p := b.get("/reference")
	expectStatus(t, p, http.StatusOK)
	expectContains(t, p, `<a href="/reference" aria-current="page">`)
	expectContains(t, b.get("/dashboard"), `href="/reference"`)
}

func TestReferenceNeedsNoAccount(t *testing.T) {
	e := newEnv(t) // no user yet: other pages send visitors to /setup
	p := e.browser().get("/reference")
	expectStatus(t, p, http.StatusOK)
}
