package web_test

import (
	"bytes"
	"context"
	"image"
	"image/color"
	"image/png"
	"net/http"
	"testing"

	"coalition/internal/directory"
)

// logoService is what the logo pages need from the directory service.
type logoService interface {
	SetOrgLogo(ctx context.Context, actor directory.Actor, id int64, data []byte) error
	OrgLogo(ctx context.Context, id int64) (directory.Logo, error)
}

// testPNG encodes a small half-transparent image.
func testPNG(t *testing.T) []byte {
	t.Helper()
	img := image.NewNRGBA(image.Rect(0, 0, 40, 20))
	for x := range 40 {
		img.Set(x, 10, color.NRGBA{R: 200, A: 128})
	}
	var buf bytes.Buffer
	if err := png.Encode(&buf, img); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

func TestOrgLogoUploadAndServe(t *testing.T) {
	e := newOrgEnv(t)
	if _, ok := any(e.dir).(logoService); !ok {
		t.Skip("directory.Service has no SetOrgLogo/OrgLogo yet")
	}
	o := e.createOrg(directory.Organization{Name: "Logo Lab", Country: "SI"})
	b, _ := e.signIn("anna@example.org")
	expectStatus(t, b.get(orgPath(o.ID)+"/logo"), http.StatusNotFound)

	expectRedirect(t, b.upload(orgPath(o.ID)+"/logo", "logo", "logo.png", testPNG(t)), orgPath(o.ID))
	detail := b.get(orgPath(o.ID))
	expectContains(t, detail, e.T("en", "org.logo.saved"))
	expectContains(t, detail, `class="org-logo"`)

	p := b.get(orgPath(o.ID) + "/logo")
	expectStatus(t, p, http.StatusOK)
	if ct := p.header.Get("Content-Type"); ct != "image/png" {
		t.Errorf("Content-Type = %q", ct)
	}
	if cc := p.header.Get("Cache-Control"); cc != "private, max-age=86400" {
		t.Errorf("Cache-Control = %q", cc)
	}
	etag := p.header.Get("ETag")
	if etag == "" || p.header.Get("Last-Modified") == "" {
		t.Fatalf("ETag %q, Last-Modified %q", etag, p.header.Get("Last-Modified"))
	}
	expectStatus(t, b.get(orgPath(o.ID)+"/logo", "If-None-Match", etag), http.StatusNotModified)
}

func TestOrgLogoRefusesSVGAndOversizedFiles(t *testing.T) {
	e := newOrgEnv(t)
	if _, ok := any(e.dir).(logoService); !ok {
		t.Skip("directory.Service has no SetOrgLogo/OrgLogo yet")
	}
	o := e.createOrg(directory.Organization{Name: "Vector Club", Country: "RO"})
	b, _ := e.signIn("anna@example.org")
	svg := []byte(`<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>`)
	p := b.upload(orgPath(o.ID)+"/logo?lang=ro", "logo", "logo.png", svg)
	expectStatus(t, p, http.StatusUnprocessableEntity)
	expectContains(t, p, e.T("ro", "logo.svg_refused"))

	big := append(testPNG(t), make([]byte, directory.MaxLogoBytes)...)
	p = b.upload(orgPath(o.ID)+"/logo?lang=lv", "logo", "big.png", big)
	expectStatus(t, p, http.StatusUnprocessableEntity)
	expectContains(t, p, e.T("lv", "logo.too_large", "max", 2))
	huge := append(testPNG(t), make([]byte, 3*directory.MaxLogoBytes)...) // beyond the body limit
	p = b.upload(orgPath(o.ID)+"/logo", "logo", "huge.png", huge)
	expectStatus(t, p, http.StatusUnprocessableEntity)
	expectContains(t, p, e.T("lv", "logo.too_large", "max", 2))
	if got, _ := e.dir.Org(t.Context(), o.ID); got.HasLogo {
		t.Fatal("a refused file became the logo")
	}
}
