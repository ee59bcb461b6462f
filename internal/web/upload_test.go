package web_test

import (
	"bytes"
	"io"
	"mime/multipart"
	"net/http"
	"net/url"
	"os"
	"strings"
	"testing"

	"coalition/internal/directory"
	"coalition/internal/tabular"
)

// multipartForm encodes fields in order, then a file in fileField.
func multipartForm(t *testing.T, fields [][2]string, fileField, filename string, data []byte) (string, []byte) {
	t.Helper()
	var body bytes.Buffer
	mw := multipart.NewWriter(&body)
	for _, f := range fields {
		_ = mw.WriteField(f[0], f[1])
	}
	fw, err := mw.CreateFormFile(fileField, filename)
	if err != nil {
		t.Fatal(err)
	}
	_, _ = fw.Write(data)
	_ = mw.Close()
	return mw.FormDataContentType(), body.Bytes()
}

// postRaw posts body as it is; chunked hides its length from the server.
func (b *browser) postRaw(path, contentType string, body []byte, chunked bool) page {
	b.e.t.Helper()
	var r io.Reader = bytes.NewReader(body)
	if chunked {
		r = io.MultiReader(r)
	}
	req, err := http.NewRequest(http.MethodPost, b.e.srv.URL+path, r)
	if err != nil {
		b.e.t.Fatal(err)
	}
	req.Header.Set("Content-Type", contentType)
	return b.do(req)
}

// expectNoTempFiles fails if the uploads left files in dir.
func expectNoTempFiles(t *testing.T, dir string) {
	t.Helper()
	if left, _ := os.ReadDir(dir); len(left) != 0 {
		t.Fatalf("temporary files left behind: %v", left)
	}
}

// TestUploadsBeyondTheRouteLimit sends files larger than each upload route
// declares, with the length announced (the body is refused before the file
// is read) and without it (the body is cut at the limit): the route's form
// comes back with its translated "too large" naming the limit, nothing is
// stored and no temporary file stays.
func TestUploadsBeyondTheRouteLimit(t *testing.T) {
	tmp := t.TempDir()
	t.Setenv("TMPDIR", tmp)
	e := newPersonEnv(t)
	b, _ := e.signIn("anna@example.org")
	o := e.org(directory.Organization{Name: "Upload Union", Country: "SL"})
	csrf := [2]string{"csrf", b.cookie("coalition_csrf")}
	routes := []struct {
		name, path, field, want string
		fields                  [][2]string
		size                    int
	}{
		{"import", "/import?lang=ro", "file", e.T("ro", "import.too_large", "max", tabular.UploadLimit>>20),
			[][2]string{csrf, {"kind", "organizations"}}, tabular.UploadLimit + 1<<20},
		{"logo", orgPath(o.ID) + "/logo?lang=ro", "logo", e.T("ro", "logo.too_large", "max", directory.MaxLogoBytes>>20),
			[][2]string{csrf}, 3 * directory.MaxLogoBytes},
	}
	for _, rt := range routes {
		ct, body := multipartForm(t, rt.fields, rt.field, "big.csv", make([]byte, rt.size))
		for _, chunked := range []bool{false, true} {
			p := b.postRaw(rt.path, ct, body, chunked)
			expectStatus(t, p, http.StatusUnprocessableEntity)
			expectContains(t, p, rt.want)
			expectNoTempFiles(t, tmp)
		}
	}
	if got, _ := e.dir.Org(t.Context(), o.ID); got.HasLogo {
		t.Error("an oversized file became the logo")
	}
	if n := countOrgs(t, e); n != 1 {
		t.Errorf("%d organizations after an oversized import, want 1", n)
	}
}

// countOrgs counts the organizations of the directory.
func countOrgs(t *testing.T, e *personEnv) int {
	t.Helper()
	var out bytes.Buffer
	n, err := e.dir.ExportOrgs(t.Context(), &out, directory.ExportCSV, directory.OrgFilter{})
	if err != nil {
		t.Fatal(err)
	}
	return n
}

// TestUploadSpoolsOnlyVerifiedSignedInForms checks that a file is written to
// disk only after the form's CSRF token, from a signed-in user.
func TestUploadSpoolsOnlyVerifiedSignedInForms(t *testing.T) {
	tmp := t.TempDir()
	t.Setenv("TMPDIR", tmp)
	e := newPersonEnv(t)
	b, _ := e.signIn("anna@example.org")
	token := b.cookie("coalition_csrf")

	var body bytes.Buffer
	mw := multipart.NewWriter(&body)
	fw, _ := mw.CreateFormFile("file", "orgs.csv")
	_, _ = fw.Write([]byte(orgsCSV))
	_ = mw.WriteField("csrf", token)
	_ = mw.Close()
	expectStatus(t, b.postRaw("/import", mw.FormDataContentType(), body.Bytes(), false), http.StatusForbidden)
	expectNoTempFiles(t, tmp)

	anonymous := e.browser()
	anonymous.get("/login")
	ct, form := multipartForm(t, [][2]string{{"csrf", anonymous.cookie("coalition_csrf")}, {"kind", "organizations"}},
		"file", "orgs.csv", []byte(orgsCSV))
	p := anonymous.postRaw("/import", ct, form, false)
	if p.status != http.StatusSeeOther || !strings.HasPrefix(p.header.Get("Location"), "/login") {
		t.Fatalf("signed-out upload: %d to %q", p.status, p.header.Get("Location"))
	}
	expectNoTempFiles(t, tmp)
	if n := countOrgs(t, e); n != 0 {
		t.Errorf("refused uploads imported %d organizations", n)
	}
}

// TestFormBeyondTheLimitGetsTooLargePage posts an ordinary form larger than
// forms may be: the translated error page names the limit.
func TestFormBeyondTheLimitGetsTooLargePage(t *testing.T) {
	e := newEnv(t)
	b, _ := e.signIn("anna@example.org")
	form := url.Values{"name": {strings.Repeat("x", 1<<20)}, "csrf": {b.cookie("coalition_csrf")}}
	for _, chunked := range []bool{false, true} {
		p := b.postRaw("/settings/tokens?lang=bg", "application/x-www-form-urlencoded", []byte(form.Encode()), chunked)
		expectStatus(t, p, http.StatusUnprocessableEntity)
		expectContains(t, p, e.T("bg", "error.too_large", "max", 1))
	}
}
