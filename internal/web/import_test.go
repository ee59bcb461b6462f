package web_test

import (
	"bytes"
	"net/http"
	"os"
	"regexp"
	"strings"
	"testing"

	"coalition/internal/directory"
	"coalition/internal/tabular"
)

var importJobRE = regexp.MustCompile(`^/import/([A-Za-z0-9_-]+)$`)

// startImport uploads a file to the import form and returns the job's page.
func startImport(t *testing.T, b *browser, kind, filename, content string, fields ...[2]string) string {
	t.Helper()
	p := b.postMultipart("/import", append([][2]string{{"kind", kind}}, fields...), filename, []byte(content))
	loc := p.header.Get("Location")
	if p.status != http.StatusSeeOther || !importJobRE.MatchString(loc) {
		t.Fatalf("import: %d to %q:\n%s", p.status, loc, p.body)
	}
	return loc
}

const orgsCSV = "name;country;website;e-mail\n" +
	"Zaļā brīvība;LV;https://zb.lv;info@zb.lv\n" +
	"Broken Row Society;LV;https://broken.example;not-an-address\n" +
	"Društvo Ekologi brez meja;SI;https://ebm.si;info@ebm.si\n"

func TestImportReportsBadRowAndKeepsGoodOnes(t *testing.T) {
	e := newPersonEnv(t)
	b, _ := e.signIn("anna@example.org")
	job := startImport(t, b, "organizations", "orgs.csv", orgsCSV)

	p := b.waitFor(job+"?lang=en", e.T("en", "import.report.title"))
	expectStatus(t, p, http.StatusOK)
	for _, want := range []string{
		`<td class="num">3</td>`, "<code>e-mail</code>", e.T("en", "validation.email"),
		`<p class="import-count">2</p><p>` + e.T("en", "import.report.created"),
		`<p class="import-count">1</p><p>` + e.T("en", "import.report.rejected"),
	} {
		expectContains(t, p, want)
	}
	if strings.Contains(p.body, `hx-trigger="every 1s"`) {
		t.Error("a finished job still polls")
	}
	var out bytes.Buffer
	if _, err := e.dir.ExportOrgs(t.Context(), &out, directory.ExportCSV, directory.OrgFilter{}); err != nil {
		t.Fatal(err)
	}
	for _, name := range []string{"Zaļā brīvība", "Društvo Ekologi brez meja"} {
		if !strings.Contains(out.String(), name) {
			t.Errorf("%q was not imported:\n%s", name, out.String())
		}
	}
	if strings.Contains(out.String(), "Broken Row Society") {
		t.Error("the bad row was imported")
	}

	lv := b.get(job + "?lang=lv")
	expectContains(t, lv, e.T("lv", "validation.email"))
	expectContains(t, lv, e.T("lv", "import.report.rejected"))
}

func TestImportDryRunWritesNothing(t *testing.T) {
	e := newPersonEnv(t)
	b, _ := e.signIn("anna@example.org")
	job := startImport(t, b, "organizations", "orgs.csv", orgsCSV, [2]string{"dry_run", "1"})
	expectContains(t, b.waitFor(job, e.T("en", "import.report.title_dry_run")), `<p class="import-count">2</p>`)
	var out bytes.Buffer
	if n, err := e.dir.ExportOrgs(t.Context(), &out, directory.ExportCSV, directory.OrgFilter{}); err != nil || n != 0 {
		t.Fatalf("a dry run wrote %d organizations (%v)", n, err)
	}
}

func TestImportPeopleWithMapping(t *testing.T) {
	e := newPersonEnv(t)
	b, _ := e.signIn("anna@example.org")
	csv := "Vārds,Uzvārds,Kas\nIvars,Ijabs,mep\n"
	job := startImport(t, b, "people", "people.csv", csv, [2]string{"mapping", "Vārds=given_name\nUzvārds=family_name\nKas=kind"})
	expectContains(t, b.waitFor(job, e.T("en", "import.report.title")), `<p class="import-count">1</p><p>`+e.T("en", "import.report.created"))
	expectContains(t, b.get("/people"), "Ivars Ijabs")
}

func TestImportRefusesBadFiles(t *testing.T) {
	e := newPersonEnv(t)
	b, _ := e.signIn("anna@example.org")
	cases := []struct {
		name, lang, filename, content, key string
		fields                             [][2]string
	}{
		{"not a workbook", "ro", "orgs.xlsx", orgsCSV, "import.not_xlsx", nil},
		{"empty", "bg", "orgs.csv", "\n\n", "import.empty_file", nil},
		{"no file", "en", "", "", "import.form.no_file", nil},
		{"bad mapping", "sl", "orgs.csv", orgsCSV, "import.form.mapping_invalid", [][2]string{{"mapping", "no equals sign"}}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			fields := append([][2]string{{"kind", "organizations"}}, c.fields...)
			p := b.postMultipart("/import?lang="+c.lang, fields, c.filename, []byte(c.content))
			expectStatus(t, p, http.StatusUnprocessableEntity)
			msg := e.T(c.lang, c.key, "line", "no equals sign")
			expectContains(t, p, msg)
			if htmlLang(p) != c.lang {
				t.Errorf("page language %q, want %q", htmlLang(p), c.lang)
			}
		})
	}
}

func TestImportNeedsCSRFToken(t *testing.T) {
	e := newPersonEnv(t)
	b, _ := e.signIn("anna@example.org")
	p := b.postMultipart("/import", [][2]string{{"csrf", "forged"}, {"kind", "organizations"}}, "orgs.csv", []byte(orgsCSV))
	expectStatus(t, p, http.StatusForbidden)
	var out bytes.Buffer
	if n, _ := e.dir.ExportOrgs(t.Context(), &out, directory.ExportCSV, directory.OrgFilter{}); n != 0 {
		t.Fatalf("a forged form imported %d organizations", n)
	}
}

func TestImportJobIsPrivate(t *testing.T) {
	e := newPersonEnv(t)
	b, _ := e.signIn("anna@example.org")
	job := startImport(t, b, "organizations", "orgs.csv", orgsCSV)
	b.waitFor(job, e.T("en", "import.report.title"))
	other, _ := e.signIn("boris@example.org")
	expectStatus(t, other.get(job), http.StatusNotFound)
	expectStatus(t, b.get("/import/unknown"), http.StatusNotFound)
}

func TestImportRemovesTheUploadedFile(t *testing.T) {
	tmp := t.TempDir()
	t.Setenv("TMPDIR", tmp)
	e := newPersonEnv(t)
	b, _ := e.signIn("anna@example.org")
	job := startImport(t, b, "organizations", "orgs.csv", orgsCSV)
	b.waitFor(job, e.T("en", "import.report.title"))
	expectStatus(t, b.postMultipart("/import", [][2]string{{"kind", "organizations"}}, "orgs.xlsx", []byte(orgsCSV)), http.StatusUnprocessableEntity)
	if left, _ := os.ReadDir(tmp); len(left) != 0 {
		t.Fatalf("temporary files left behind: %v", left)
	}
}

func TestImportRefusesTooLargeFile(t *testing.T) {
	e := newPersonEnv(t)
	b, _ := e.signIn("anna@example.org")
	big := strings.Repeat("x", tabular.UploadLimit+1)
	p := b.postMultipart("/import", [][2]string{{"kind", "organizations"}}, "big.csv", []byte(big))
	expectStatus(t, p, http.StatusUnprocessableEntity)
	expectContains(t, p, e.T("en", "import.too_large", "max", tabular.UploadLimit>>20))
}
